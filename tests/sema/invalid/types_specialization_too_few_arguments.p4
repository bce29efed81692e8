// expect-error: 10:9: type argument
// spec: sec-type-spec "Type specialization": "When a type is specialized all its type variables must be bound."
#include <core.p4>
struct P<A, B> {
    A a;
    B b;
}
control c() {
    apply {
        P<bit<8>> p;
    }
}
