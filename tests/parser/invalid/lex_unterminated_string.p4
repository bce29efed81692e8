/* A string literal that the end of the line cuts off. */
const string S = "no closing quote;
const bit<8> X = 1;
