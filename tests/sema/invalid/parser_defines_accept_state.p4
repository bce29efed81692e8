// expect-error: 8:11: accept
// spec: sec-parser-decl "Parser declarations": "It is also illegal for a parser to give explicit definitions for the accept and reject states"
#include <core.p4>
parser p(packet_in b) {
    state start {
        transition accept;
    }
    state accept {
        transition reject;
    }
}
