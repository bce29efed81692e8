// expect-error: 7:11: incompatible
// spec: sec-invocations "Method invocations and function calls": "The compiler only inserts implicit casts for direction in or directionless arguments to methods, functions, or constructors ... The types for all other arguments must match the parameter types exactly."
#include <core.p4>
extern void f(out bit<8> x);
control c(inout bit<16> y) {
    apply {
        f(y);
    }
}
