/* A hexadecimal prefix followed only by separators has no digits. */
const bit<8> X = 8w0x__;
