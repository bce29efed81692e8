// expect-error: 9:5: type argument
// spec: sec-type-spec "Type specialization": "A generic type may be specialized by specifying arguments for its type variables."
#include <core.p4>
extern Register<T> {
    Register(bit<32> size);
    T read(in bit<32> index);
}
control c() {
    Register<bit<8>, bit<8>>(4) r;
    apply {}
}
