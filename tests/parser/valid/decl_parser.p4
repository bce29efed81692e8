/* decl_parser.p4: parser declarations: constructor parameters (present,
 * empty `()`, absent), local constants, variables, instantiations and value
 * sets (of a base type, a tuple and a struct), several states with
 * annotations, statements in states (assignments, calls, declarations,
 * nested blocks with annotations, empty statements, if/else, direct
 * application of a sub-parser), `transition name;`, `transition select`,
 * a state with no transition at all, and `accept`/`reject`. */
#include <core.p4>

header ethernet_h { bit<48> dst; bit<48> src; bit<16> etherType; }
header vlan_h { bit<3> pcp; bit<1> dei; bit<12> vid; bit<16> etherType; }
header ipv4_h { bit<4> version; bit<4> ihl; bit<8> tos; bit<16> len; bit<8> ttl; bit<8> proto; }
struct headers_t { ethernet_h eth; vlan_h[2] vlans; ipv4_h ip; }
struct key_t { bit<16> etype; bit<8> proto; }

extern Tracker { Tracker(); void mark(in bit<8> stage); }

parser vlan_parser(packet_in pkt, inout headers_t hdr) {
    state start {
        pkt.extract(hdr.vlans.next);
        transition select(hdr.vlans.last.etherType) {
            0x8100: start;
            default: accept;
        }
    }
}

parser main_parser(packet_in pkt, out headers_t hdr)(bit<16> special_etype, bool strict) {
    const bit<16> ETH_IPV4 = 0x0800;
    bit<32> depth = 0;
    bit<16> last_etype;
    Tracker() tracker;
    vlan_parser() vp;
    value_set<bit<16>>(4) custom_etypes;
    value_set<tuple<bit<16>, bit<8>>>(8) pairs;
    value_set<key_t>(2) keys;
    @name("annotated_vs") value_set<bit<8>>(1) annotated;

    @name("start_state")
    state start {
        pkt.extract(hdr.eth);
        last_etype = hdr.eth.etherType;
        depth = depth + 1;
        tracker.mark(0);
        ;
        transition select(hdr.eth.etherType) {
            0x8100: parse_vlan;
            ETH_IPV4: parse_ipv4;
            custom_etypes: parse_custom;
            special_etype: parse_custom;
            default: accept;
        }
    }

    state parse_vlan {
        vp.apply(pkt, hdr);
        vlan_parser.apply(pkt, hdr);
        transition parse_ipv4;
    }

    @inline state parse_ipv4 {
        pkt.extract(hdr.ip);
        bit<8> proto = hdr.ip.proto;
        @block_annotation {
            bit<8> copy = proto;
            depth = depth + (bit<32>)copy;
            {
                ;
            }
        }
        if (hdr.ip.version != 4) {
            verify(!strict, error.NoMatch);
        } else if (hdr.ip.ihl < 5) {
            depth = 0;
        } else {
            depth = depth + 1;
        }
        if (strict)
            tracker.mark(1);
        transition select(hdr.eth.etherType, hdr.ip.proto) {
            pairs: accept;
            keys: accept;
            (_, annotated): accept;
            default: reject;
        }
    }

    state parse_custom {
        bit<8> b = pkt.lookahead<bit<8>>();
        pkt.advance(8);
        transition accept;
    }

    state no_transition {
        depth = 0;
    }

    state empty_state { }
}

parser empty_ctor(packet_in pkt)() {
    state start { transition reject; }
}
