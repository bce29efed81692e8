// expect-error: 8:9: type argument
// spec: sec-type-spec "Type specialization": "A generic type may be specialized by specifying arguments for its type variables."
#include <core.p4>
void id<T>(in T a) {
}
control c() {
    apply {
        id<bit<8>, bit<8>>(8w1);
    }
}
