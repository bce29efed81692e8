// expect-error: 11:11: duplicate
// spec: sec-parser-decl "Parser declarations": "A parser may not define two states with the same name."
#include <core.p4>
parser p(packet_in b) {
    state start {
        transition s;
    }
    state s {
        transition accept;
    }
    state s {
        transition reject;
    }
}
