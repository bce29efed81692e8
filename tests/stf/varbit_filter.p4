/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* varbit_filter.p4: an ebpfFilter over varbit_mid.p4's option, whose
 * varbit<64> value sits between fixed fields: it passes the packets whose
 * 12-bit tag, after the value, is 0xabc and whose cookie is not zero. */
#include <ebpf_model.p4>

header ethernet_t {
    bit<48> dst_addr;
    bit<48> src_addr;
    bit<16> ether_type;
}

header opt_t {
    bit<8> kind;
    bit<8> len;         /* bytes of value */
    varbit<64> value;
    bit<4> prio;
    bit<12> tag;
    bit<16> cookie;
}

struct headers_t {
    ethernet_t ethernet;
    opt_t opt;
}

parser prs(packet_in packet, out headers_t hdr) {
    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.ether_type) {
            0x88b5: parse_opt;
            default: reject;
        }
    }
    state parse_opt {
        packet.extract(hdr.opt, (bit<32>)packet.lookahead<bit<16>>()[7:0] * 8);
        transition accept;
    }
}

control ctl(inout headers_t hdr, out bool accept) {
    apply {
        accept = hdr.opt.tag == 0xabc && hdr.opt.cookie != 0;
    }
}

ebpfFilter(prs(), ctl()) main;
