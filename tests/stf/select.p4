/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* select.p4: parser transitions on several fields at once, with values,
 * masks, ranges, don't-cares and default, verify(), and assignments in
 * parser states; each final state writes its name's number into the
 * IPv4 diffserv field, which the in-place deparser stores back. */
#include <xdp_model.p4>
#define COMMON_DEPARSER
#include "common.p4"

parser prs(packet_in packet, out headers_t hdr) {
    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.ether_type) {
            0x0800: parse_ipv4;
            default: accept;
        }
    }
    state parse_ipv4 {
        packet.extract(hdr.ipv4);
        verify(hdr.ipv4.version == 4, error.HeaderTooShort);
        transition select(hdr.ipv4.protocol, hdr.ipv4.ttl, hdr.ipv4.src_addr) {
            (6, 0x80 &&& 0x80, _): high_ttl;      /* TCP with TTL >= 128 */
            (6, 1 .. 10, _): low_ttl;             /* TCP with TTL 1..10 */
            (17, _, 0x0a000000 &&& 0xff000000): udp_ten;
            (_, 64, _): ttl64;
            default: other;
        }
    }
    state high_ttl { hdr.ipv4.diffserv = 1; transition accept; }
    state low_ttl { hdr.ipv4.diffserv = 2; transition accept; }
    state udp_ten { hdr.ipv4.diffserv = 3; transition accept; }
    state ttl64 { hdr.ipv4.diffserv = 4; transition accept; }
    state other { hdr.ipv4.diffserv = 5; transition reject; }
}

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
    }
}

xdp(prs(), ctl(), common_deparser()) main;
