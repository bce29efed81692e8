// expect-error: 7:27: fixed
// spec: sec-packet-lookahead "Lookahead": "where T must be a type with fixed width."
#include <core.p4>
header V { varbit<64> opts; }
parser p(packet_in b) {
    state start {
        V v = b.lookahead<V>();
        transition accept;
    }
}
