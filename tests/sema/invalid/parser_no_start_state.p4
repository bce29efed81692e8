// expect-error: 4:8: start
// spec: sec-parser-decl "Parser declarations": "At least one state, named start, must be present in any parser."
#include <core.p4>
parser p(packet_in b) {
    state first {
        transition accept;
    }
}
