// expect-error: 9:13: compile-time
// spec: sec-constructor "Constructor invocations": "Constructors are evaluated entirely at compilation time ... In consequence, all constructor arguments must also be expressions that can be evaluated at compilation time."
#include <core.p4>
extern Counter {
    Counter(bit<32> size);
    void count(in bit<32> index);
}
control c(in bit<32> n) {
    Counter(n) ctr;
    apply {}
}
