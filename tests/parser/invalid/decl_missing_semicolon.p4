/* A constant declaration without its semicolon: the error is reported at the
 * first token of the next declaration. */
const bit<8> X = 1
const bit<8> Y = 2;
