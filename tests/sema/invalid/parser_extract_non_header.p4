// expect-error: 6:19: header
// spec: sec-packet-extract-one "Fixed-width extraction": "The expression headerLeftValue must evaluate to an l-value (see <<sec-lvalues>>) of type header with a fixed width."
#include <core.p4>
parser p(packet_in b, out bit<8> x) {
    state start {
        b.extract(x);
        transition accept;
    }
}
