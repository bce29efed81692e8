// expect-error: 7:11: no parameter
// spec: sec-invocations "Method invocations and function calls": "//f(z = xa, w = yz);  -- error: no parameter named z or w"
#include <core.p4>
extern void f(in bit<32> x = 0);
control c() {
    apply {
        f(z = 1);
    }
}
