/* An unstructured annotation body may hold any token, but not an invalid
 * one: `12abc` is still a lexical error there (reported once). */
@values(1 2 12abc)
const bit<8> X = 1;
