/* A width far beyond what any type can have. */
const bit<8> X = 100000000w1;
