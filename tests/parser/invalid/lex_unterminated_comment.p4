/* A block comment that is never closed swallows the rest of the file. */
const bit<8> X = 1;
/* this comment runs to the end of the file
const bit<8> Y = 2;
