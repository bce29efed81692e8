// expect-error: 10:11: not allowed
// spec: sec-control "Control blocks": "It is illegal to instantiate a parser within a control block."
#include <core.p4>
parser prs(packet_in b) {
    state start {
        transition accept;
    }
}
control c() {
    prs() inst;
    apply {}
}
