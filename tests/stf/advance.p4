/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* advance.p4: a 4-byte shim after the Ethernet header (EtherType 0x88b5)
 * is skipped with advance(); the deparser emits the headers it has and the
 * payload after what was parsed, so the shim disappears from the packet. */
#include <xdp_model.p4>

header ethernet_t {
    bit<48> dst_addr;
    bit<48> src_addr;
    bit<16> ether_type;
}

header inner_t {
    bit<16> ether_type;
}

struct headers_t {
    ethernet_t ethernet;
    inner_t inner;
}

parser prs(packet_in packet, out headers_t hdr) {
    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.ether_type) {
            0x88b5: shim;
            default: accept;
        }
    }
    state shim {
        packet.advance(32);
        packet.extract(hdr.inner);
        transition accept;
    }
}

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (hdr.inner.isValid()) {
            hdr.ethernet.ether_type = hdr.inner.ether_type;
            hdr.inner.setInvalid();
        }
    }
}

control dep(in headers_t hdr, packet_out packet) {
    apply {
        packet.emit(hdr.ethernet);
        packet.emit(hdr.inner);
    }
}

xdp(prs(), ctl(), dep()) main;
