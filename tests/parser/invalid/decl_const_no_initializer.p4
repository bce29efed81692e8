/* A constant must be initialized. */
const bit<8> X;
