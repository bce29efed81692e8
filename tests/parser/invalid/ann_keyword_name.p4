/* An annotation name must be a name: `string` is a keyword (unlike `key`). */
@string("x")
const bit<8> X = 1;
