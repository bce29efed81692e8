/* Statements are not declarations: an assignment at the top level. */
const bit<8> X = 1;
X = 2;
