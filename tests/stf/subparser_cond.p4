/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* subparser_cond.p4: sub-parsers applied under if/else in a parser state
 * (the state is split at the conditional), two instances of one parser
 * type, and a header field the parser writes after extracting it (the
 * deparser must store it although the control never touches it). */
#include <xdp_model.p4>
#define COMMON_DEPARSER
#include "common.p4"

parser ports_parser(packet_in packet, inout headers_t hdr, in bit<16> mark) {
    state start {
        packet.extract(hdr.ports);
        hdr.ports.src_port = mark;
        transition accept;
    }
}

parser prs(packet_in packet, out headers_t hdr) {
    ports_parser() udp;
    ports_parser() tcp;
    state start {
        packet.extract(hdr.ethernet);
        packet.extract(hdr.ipv4);
        if (hdr.ipv4.protocol == 17) {
            udp.apply(packet, hdr, 0x1717);
        } else if (hdr.ipv4.protocol == 6) {
            tcp.apply(packet, hdr, 0x0606);
        } else {
            hdr.ipv4.ttl = 1;
        }
        transition accept;
    }
}

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (hdr.ports.isValid())
            hdr.ports.dst_port = 0x1234;
    }
}

xdp(prs(), ctl(), common_deparser()) main;
