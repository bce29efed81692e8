/* A non-ASCII letter outside a string or comment. */
const bit<8> café = 1;
