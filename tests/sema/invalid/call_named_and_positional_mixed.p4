// expect-error: 8:18: named
// spec: sec-invocations "Method invocations and function calls": "It is illegal to use names only for some arguments: either all or no arguments must specify the parameter name."
#include <core.p4>
extern void f(in bit<32> x, out bit<16> y);
control c() {
    apply {
        bit<16> ya;
        f(x = 1, ya);
    }
}
