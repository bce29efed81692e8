// expect-error: 4:18: undeclared
// spec: sec-scopes "Scopes": "with the exception of parser states, all uses of a symbol must follow the symbol's declaration."
#include <core.p4>
const bit<8> A = B;
const bit<8> B = 1;
