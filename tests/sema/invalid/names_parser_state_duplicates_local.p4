// expect-error: 6:11: duplicate
// spec: sec-parser-decl "Parser declarations": "The states and local elements are all in the same namespace, thus the following example will produce an error"
#include <core.p4>
parser p(packet_in b) {
    bit<4> t;
    state t {
        transition accept;
    }
    state start {
        t = 1;
        transition accept;
    }
}
