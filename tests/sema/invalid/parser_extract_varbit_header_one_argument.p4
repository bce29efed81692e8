// expect-error: 10:19: varbit
// spec: sec-packet-extract-one "Fixed-width extraction": "The expression headerLeftValue must evaluate to an l-value (see <<sec-lvalues>>) of type header with a fixed width."
#include <core.p4>
header V {
    bit<8> len;
    varbit<64> opts;
}
parser p(packet_in b, out V v) {
    state start {
        b.extract(v);
        transition accept;
    }
}
