// expect-error: 8:22: undeclared
// spec: sec-select "Select expressions": "A select expression evaluates to a state."
#include <core.p4>
parser p(packet_in b, in bit<8> x) {
    state start {
        transition select(x) {
            1: accept;
            default: nowhere;
        }
    }
}
