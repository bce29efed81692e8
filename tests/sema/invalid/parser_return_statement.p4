// expect-error: 7:13: not allowed
// spec: sec-return-stmt "Return statement": "return statements are not allowed within parsers."
#include <core.p4>
parser p(packet_in b, in bool f) {
    state start {
        if (f) {
            return;
        }
        transition accept;
    }
}
