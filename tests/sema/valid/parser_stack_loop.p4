// valid: a parser loop over a header stack with next, last and lastIndex, writes through next, select on a field of last, and a transition back to an earlier state
// spec: sec-parse-header-stacks "Header stacks" (parsing), sec-expr-hs
#include <core.p4>

header Eth {
    bit<48> dst;
    bit<48> src;
    bit<16> type;
}

header Mpls {
    bit<20> label;
    bit<3> tc;
    bit bos;
    bit<8> ttl;
}

struct Pkt {
    Eth eth;
    Mpls[3] mpls;
}

parser P(packet_in b, out Pkt p, out bit<32> depth) {
    state start {
        b.extract(p.eth);
        transition select(p.eth.type) {
            0x8847: parse_mpls;
            default: accept;
        }
    }
    state parse_mpls {
        b.extract(p.mpls.next);
        depth = p.mpls.lastIndex;
        bit<8> ttl = p.mpls.last.ttl;
        transition select(p.mpls.last.bos) {
            0: parse_mpls;
            1: accept;
        }
    }
}

parser Q(packet_in b, out Mpls[2] stack) {
    state start {
        stack.next.setValid();
        stack.next.ttl = 64;
        b.extract(stack.next);
        transition accept;
    }
}
