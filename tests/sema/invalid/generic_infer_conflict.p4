// expect-error: 8:19: infer
// spec: sec-target-instantiation "Example architecture program": "The types of the arguments must match the types of the parameters---after a suitable substitution of the type variables."
#include <core.p4>
void same<T>(in T a, in T b) {
}
control c() {
    apply {
        same(8w1, 16w1);
    }
}
