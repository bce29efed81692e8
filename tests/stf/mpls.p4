/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* mpls.p4: an MPLS label stack of up to three entries, extracted until
 * the bottom-of-stack bit; the control swaps, pops (pop_front) or pushes
 * (push_front) a label by a table on the top label, and the deparser
 * emits the stack, so the packet shrinks or grows by four bytes. */
#include <xdp_model.p4>

header ethernet_t {
    bit<48> dst_addr;
    bit<48> src_addr;
    bit<16> ether_type;
}

header mpls_t {
    bit<20> label;
    bit<3> tc;
    bit<1> bos;
    bit<8> ttl;
}

struct headers_t {
    ethernet_t ethernet;
    mpls_t[3] mpls;
}

parser prs(packet_in packet, out headers_t hdr) {
    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.ether_type) {
            0x8847: parse_mpls;
            default: accept;
        }
    }
    state parse_mpls {
        packet.extract(hdr.mpls.next);
        transition select(hdr.mpls.last.bos) {
            0: parse_mpls;
            default: accept;
        }
    }
}

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    action swap(bit<20> label) {
        hdr.mpls[0].label = label;
        hdr.mpls[0].ttl = hdr.mpls[0].ttl - 1;
    }
    action pop() {
        hdr.mpls.pop_front(1);
    }
    action push(bit<20> label) {
        hdr.mpls.push_front(1);
        hdr.mpls[0].setValid();
        hdr.mpls[0].label = label;
        hdr.mpls[0].tc = hdr.mpls[1].tc;
        hdr.mpls[0].bos = 0;
        hdr.mpls[0].ttl = hdr.mpls[1].ttl;
    }
    table lfib {
        key = { hdr.mpls[0].label : exact; }
        actions = { swap; pop; push; NoAction; }
        default_action = NoAction();
    }
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (hdr.mpls[0].isValid()) {
            lfib.apply();
        }
    }
}

control dep(in headers_t hdr, packet_out packet) {
    apply {
        packet.emit(hdr.ethernet);
        packet.emit(hdr.mpls);
    }
}

xdp(prs(), ctl(), dep()) main;
