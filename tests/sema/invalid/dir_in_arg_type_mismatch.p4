// expect-error: 7:11: incompatible
// spec: sec-invocations "Method invocations and function calls": "The compiler only inserts implicit casts for direction in or directionless arguments to methods, functions, or constructors as described in <<sec-casts>>."
#include <core.p4>
extern void f(in bit<8> x);
control c() {
    apply {
        f(true);
    }
}
