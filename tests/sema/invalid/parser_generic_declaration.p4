// expect-error: 4:10: generic
// spec: sec-parser-decl "Parser declarations": "Unlike parser type declarations, parser declarations may not be generic"
#include <core.p4>
parser p<H>(packet_in b, out H h) {
    state start {
        transition accept;
    }
}
