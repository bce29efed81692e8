// expect-error: 8:11: not allowed
// spec: sec-parser-decl "Parser declarations": "However, it is illegal to instantiate a control block within a parser."
#include <core.p4>
control ctl(inout bit<8> x) {
    apply {}
}
parser p(packet_in b) {
    ctl() inst;
    state start {
        transition accept;
    }
}
