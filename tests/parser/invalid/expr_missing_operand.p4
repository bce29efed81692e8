/* A binary operator without its right operand. */
const bit<8> X = 1 + ;
