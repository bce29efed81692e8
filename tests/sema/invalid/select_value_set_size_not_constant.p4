// expect-error: 5:23: compile-time
// spec: sec-value-set "Parser Value Sets": "Parser Value Sets support a size argument to provide hints to the compiler to reserve hardware resources to implement the value set. Thus, the size argument must be a compile-time known value."
#include <core.p4>
parser p(packet_in b, in bit<32> n, in bit<8> x) {
    value_set<bit<8>>(n) pvs;
    state start {
        transition select(x) {
            pvs: accept;
            default: reject;
        }
    }
}
