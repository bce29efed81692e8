// expect-error: 7:19: varbit
// spec: sec-packet-extract-two "Variable-width extraction": "The expression headerLvalue must be an l-value representing a header that contains *exactly one* varbit field."
#include <core.p4>
header H { bit<8> a; }
parser p(packet_in b, out H h) {
    state start {
        b.extract(h, 32w8);
        transition accept;
    }
}
