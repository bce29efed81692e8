// expect-error: 5:15: not allowed
// spec: sec-select "Select expressions": "The type of the values in the set must be either bit<>, int<>, tuple, struct, or serializable enum."
#include <core.p4>
parser p(packet_in b, in bool f) {
    value_set<bool>(4) pvs;
    state start {
        transition select(f) {
            pvs: accept;
            default: reject;
        }
    }
}
