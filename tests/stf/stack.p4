/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* stack.p4: a header stack of VLAN tags: extracted in a loop with next,
 * pushed and popped in the control, indexed with constants, emitted whole.
 * Packets with one tag get an outer tag 100 pushed on; packets whose outer
 * tag is 0xfff lose it; with two tags the inner vid is copied out. */
#include <xdp_model.p4>

header ethernet_t {
    bit<48> dst_addr;
    bit<48> src_addr;
    bit<16> ether_type;
}

header vlan_t {
    bit<4> pcp_dei;
    bit<12> vid;
    bit<16> ether_type;
}

struct headers_t {
    ethernet_t ethernet;
    vlan_t[2] vlan;
}

parser prs(packet_in packet, out headers_t hdr) {
    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.ether_type) {
            0x8100: parse_vlan;
            default: accept;
        }
    }
    state parse_vlan {
        packet.extract(hdr.vlan.next);
        transition select(hdr.vlan.last.ether_type) {
            0x8100: parse_vlan;
            default: accept;
        }
    }
}

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (hdr.vlan[0].isValid() && hdr.vlan[0].vid == 0xfff) {
            hdr.ethernet.ether_type = hdr.vlan[0].ether_type;
            hdr.vlan.pop_front(1);
        } else if (hdr.vlan[0].isValid() && !hdr.vlan[1].isValid()) {
            hdr.vlan.push_front(1);
            hdr.vlan[0].setValid();
            hdr.vlan[0].pcp_dei = 0;
            hdr.vlan[0].vid = 100;
            hdr.vlan[0].ether_type = 0x8100;
        } else if (hdr.vlan[1].isValid()) {
            hdr.ethernet.src_addr = (bit<48>)hdr.vlan[1].vid;
        }
    }
}

control dep(in headers_t hdr, packet_out packet) {
    apply {
        packet.emit(hdr.ethernet);
        packet.emit(hdr.vlan);
    }
}

xdp(prs(), ctl(), dep()) main;
