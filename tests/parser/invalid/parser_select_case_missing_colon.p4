/* A select case without the `:` before its state. */
#include <core.p4>
header h_t { bit<16> etherType; }
parser p(packet_in pkt, out h_t h) {
    state start {
        pkt.extract(h);
        transition select(h.etherType) {
            0x0800 parse_ipv4;
            default: accept;
        }
    }
    state parse_ipv4 { transition accept; }
}
