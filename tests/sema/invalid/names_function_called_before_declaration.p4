// expect-error: 5:12: undeclared
// spec: sec-scopes "Scopes": "with the exception of parser states, all uses of a symbol must follow the symbol's declaration."
#include <core.p4>
bit<8> f(in bit<8> x) {
    return g(x);
}
bit<8> g(in bit<8> x) {
    return x;
}
