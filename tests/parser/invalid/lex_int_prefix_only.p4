/* A base prefix with nothing after it. */
const bit<8> X = 0x;
