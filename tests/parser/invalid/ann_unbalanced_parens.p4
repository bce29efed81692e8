/* An unstructured annotation body whose parenthesis is never closed swallows
 * every token after it. */
@name("x"
const bit<8> X = 1;
const bit<8> Y = 2;
