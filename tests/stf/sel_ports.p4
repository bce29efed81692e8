/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* sel_ports.p4: an ebpfFilter whose parser alone decides: a select on the
 * protocol and both ports with 16-bit ranges, a mask on the protocol and
 * a mask on a port; states that accept pass the packet, default rejects. */
#include <ebpf_model.p4>
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
        transition select(hdr.ipv4.protocol) {
            6: parse_ports;
            17: parse_ports;
            default: accept;
        }
    }
    state parse_ports {
        packet.extract(hdr.ports);
        transition select(hdr.ipv4.protocol, hdr.ports.src_port, hdr.ports.dst_port) {
            (6, 1024 .. 65535, 80): accept;              /* unprivileged to HTTP */
            (6, _, 0x0100 &&& 0xff00): accept;           /* any to 256..511 */
            (17, 53, _): accept;                         /* DNS answers */
            (0x10 &&& 0xf0, 5000 .. 5010, _): accept;    /* protocols 16..31 */
            default: reject;
        }
    }
}

control ctl(inout headers_t hdr, out bool accept) {
    apply {
        accept = true;
    }
}

ebpfFilter(prs(), ctl()) main;
