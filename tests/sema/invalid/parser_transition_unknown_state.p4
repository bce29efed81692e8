// expect-error: 6:20: undeclared
// spec: sec-transition "Transition statements": "transition statement, which transfers control to another state, possibly accept or reject."
#include <core.p4>
parser p(packet_in b) {
    state start {
        transition nowhere;
    }
}
