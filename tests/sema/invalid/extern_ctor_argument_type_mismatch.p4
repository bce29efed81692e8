// expect-error: 10:22: incompatible
// spec: sec-constructor "Constructor invocations": "When performing type inference and overload resolution, constructor invocations are treated similar to methods or functions."
#include <core.p4>
enum CounterType { Packets, Bytes, Both }
extern Counter {
    Counter(bit<32> size, CounterType type);
    void increment(in bit<32> index);
}
control c() {
    Counter(32w1024, true) ctr;
    apply {}
}
