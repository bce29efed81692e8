// expect-error: 9:13: incompatible
// spec: sec-select "Select expressions": "The type of the value set must match to the type of all other keysetExpressions in the same select expression. If there is a mismatch, the compiler must raise an error."
#include <core.p4>
parser p(packet_in b, in bit<8> x) {
    value_set<bit<16>>(4) pvs;
    state start {
        transition select(x) {
            8w1: accept;
            pvs: accept;
            default: reject;
        }
    }
}
