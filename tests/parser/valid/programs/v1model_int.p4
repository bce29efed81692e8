/* programs/v1model_int.p4: in-band network telemetry on a v1model-style
 * switch: an INT shim and header followed by a header stack of per-hop
 * metadata records, parsed with a loop of states over `next` and `last`,
 * a for loop that ages hop records, a for-in loop over the stack, a
 * varbit field, push_front of a new record at each hop, and the stack
 * emitted whole. */
#include <core.p4>
#include "../include/v1model_stub.p4"
#include "../include/common_headers.p4"

#define MAX_HOPS 8
const bit<6> DSCP_INT = 0x17;
const bit<32> SWITCH_ID = 42;

header int_shim_h {
    bit<8> type;
    bit<8> reserved;
    bit<8> len;
    bit<8> dscp_and_rsvd;
}

header int_header_h {
    bit<4>  ver;
    bit<2>  rep;
    bit<1>  c;
    bit<1>  e;
    bit<5>  rsvd1;
    bit<5>  ins_cnt;
    bit<8>  max_hop_cnt;
    bit<8>  total_hop_cnt;
    bit<16> instruction_mask;
    bit<16> rsvd2;
}

header int_hop_h {
    bit<32> switch_id;
    bit<16> ingress_port;
    bit<16> egress_port;
    bit<32> hop_latency;
    bit<32> queue_depth;
}

header int_tail_h {
    varbit<256> padding;
}

struct headers {
    ethernet_h          ethernet;
    ipv4_h              ipv4;
    udp_h               udp;
    int_shim_h          shim;
    int_header_h        int_hdr;
    int_hop_h[MAX_HOPS] hops;
    int_tail_h          tail;
}

struct metadata {
    bit<8>  remaining;
    bit<32> total_latency;
    bool    is_sink;
}

parser IntParser(packet_in packet, out headers hdr, inout metadata meta,
                 inout standard_metadata_t standard_metadata) {
    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.etherType) {
            ETHERTYPE_IPV4: parse_ipv4;
            default: accept;
        }
    }
    state parse_ipv4 {
        packet.extract(hdr.ipv4);
        transition select(hdr.ipv4.protocol, hdr.ipv4.dscp) {
            (IP_PROTO_UDP, DSCP_INT): parse_udp;
            default: accept;
        }
    }
    state parse_udp {
        packet.extract(hdr.udp);
        packet.extract(hdr.shim);
        packet.extract(hdr.int_hdr);
        meta.remaining = hdr.int_hdr.total_hop_cnt;
        transition select(meta.remaining) {
            0: accept;
            default: parse_hop;
        }
    }
    state parse_hop {
        packet.extract(hdr.hops.next);
        meta.remaining = meta.remaining - 1;
        transition select(meta.remaining, hdr.hops.lastIndex) {
            (0, _): parse_tail;
            (_, MAX_HOPS - 1): parse_tail;
            default: parse_hop;
        }
    }
    state parse_tail {
        packet.extract(hdr.tail, (bit<32>)hdr.shim.len * 8 - 96);
        transition accept;
    }
}

control IntVerifyChecksum(inout headers hdr, inout metadata meta) {
    apply { }
}

control IntIngress(inout headers hdr, inout metadata meta,
                   inout standard_metadata_t standard_metadata) {
    action set_port(PortId_t port) {
        standard_metadata.egress_spec = port;
    }
    action set_sink() {
        meta.is_sink = true;
    }
    table forward {
        key = { hdr.ipv4.dstAddr : lpm; }
        actions = { set_port; NoAction; }
        default_action = NoAction;
    }
    table sinks {
        key = { standard_metadata.egress_spec : exact; }
        actions = { set_sink; NoAction; }
        default_action = NoAction;
    }
    apply {
        meta.is_sink = false;
        forward.apply();
        if (hdr.int_hdr.isValid()) {
            sinks.apply();
        }
    }
}

control IntEgress(inout headers hdr, inout metadata meta,
                  inout standard_metadata_t standard_metadata) {
    action add_hop() {
        hdr.hops.push_front(1);
        hdr.hops[0].setValid();
        hdr.hops[0].switch_id = SWITCH_ID;
        hdr.hops[0].ingress_port = (bit<16>)standard_metadata.ingress_port;
        hdr.hops[0].egress_port = (bit<16>)standard_metadata.egress_port;
        hdr.hops[0].hop_latency = 0;
        hdr.hops[0].queue_depth = 0;
        hdr.int_hdr.total_hop_cnt = hdr.int_hdr.total_hop_cnt + 1;
        hdr.shim.len = hdr.shim.len + 4;
        hdr.ipv4.totalLen = hdr.ipv4.totalLen + 16;
        hdr.udp.length = hdr.udp.length + 16;
    }

    action strip_int() {
        hdr.shim.setInvalid();
        hdr.int_hdr.setInvalid();
        for (bit<8> i = 0; i < MAX_HOPS; i += 1) {
            hdr.hops[i].setInvalid();
        }
        hdr.tail.setInvalid();
    }

    apply {
        if (!hdr.int_hdr.isValid()) {
            return;
        }
        if (meta.is_sink) {
            meta.total_latency = 0;
            for (int_hop_h hop in hdr.hops) {
                if (hop.isValid()) {
                    meta.total_latency = meta.total_latency + hop.hop_latency;
                }
            }
            log_msg("INT path latency {}", { meta.total_latency });
            strip_int();
        } else if (hdr.int_hdr.total_hop_cnt < hdr.int_hdr.max_hop_cnt) {
            add_hop();
        } else {
            hdr.int_hdr.e = 1;
        }
    }
}

control IntComputeChecksum(inout headers hdr, inout metadata meta) {
    apply { }
}

control IntDeparser(packet_out packet, in headers hdr) {
    apply {
        packet.emit(hdr.ethernet);
        packet.emit(hdr.ipv4);
        packet.emit(hdr.udp);
        packet.emit(hdr.shim);
        packet.emit(hdr.int_hdr);
        packet.emit(hdr.hops);
        packet.emit(hdr.tail);
    }
}

V1Switch(IntParser(), IntVerifyChecksum(), IntIngress(), IntEgress(),
         IntComputeChecksum(), IntDeparser()) main;
