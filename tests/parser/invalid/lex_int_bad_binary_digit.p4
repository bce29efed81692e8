/* A binary literal with the digit 2 in it. */
const bit<4> X = 4w0b1021;
