/* A width prefix with no value: `8w` is not an integer literal. */
const bit<8> X = 8w;
