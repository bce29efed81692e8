// expect-error: 10:5: argument
// spec: sec-instantiations "Instantiations": "Counter(bit<32> size, CounterType type);" ... "Counter(32w1024, CounterType.Both) ctr;  // instantiation"
#include <core.p4>
enum CounterType { Packets, Bytes, Both }
extern Counter {
    Counter(bit<32> size, CounterType type);
    void increment(in bit<32> index);
}
control c() {
    Counter(32w1024) ctr;
    apply {}
}
