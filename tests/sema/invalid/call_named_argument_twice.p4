// expect-error: 7:18: duplicate
// spec: sec-invocations "Method invocations and function calls": "//f(x = xa, x = ya);  -- error: argument specified twice"
#include <core.p4>
extern void f(in bit<32> x, in bit<32> y = 0);
control c() {
    apply {
        f(x = 1, x = 2);
    }
}
