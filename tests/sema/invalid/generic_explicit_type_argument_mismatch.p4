// expect-error: 8:20: incompatible
// spec: sec-invocations "Method invocations and function calls": "For generic functions the type arguments can be explicitly specified in the function call."
#include <core.p4>
void id<T>(in T a) {
}
control c() {
    apply {
        id<bit<8>>(16w1);
    }
}
