// expect-error: 9:5: type argument
// spec: sec-type-spec "Type specialization": "The type T has to be specified when instantiating a set of registers, by specializing the Register type"
#include <core.p4>
extern Register<T> {
    Register(bit<32> size);
    T read(in bit<32> index);
}
control c() {
    Register(4) r;
    apply {}
}
