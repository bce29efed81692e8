// expect-error: 8:9: argument
// spec: sec-invocations "Method invocations and function calls": "//f(x = xa);  -- error: enough arguments"
#include <core.p4>
extern void f(in bit<32> x, out bit<16> y);
control c() {
    apply {
        bit<32> xa = 0;
        f(x = xa);
    }
}
