// expect-error: 7:13: not allowed
// spec: sec-exit-stmt "Exit statement": "exit statements are not allowed within parsers or functions."
#include <core.p4>
parser p(packet_in b, in bool f) {
    state start {
        if (f) {
            exit;
        }
        transition accept;
    }
}
