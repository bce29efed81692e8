/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* varbit_stack.p4: a header stack whose elements have a varbit field.
 * After EtherType 0x88b5 come up to three TLV options, each a kind, the
 * length of its value in bytes, the value (varbit<64>) and a mark byte,
 * extracted into the stack's next element until a zero byte, where a
 * trailer starts. The control counts the options into the trailer and
 * adds 1 to the second option's mark; the deparser emits the stack. */
#include <xdp_model.p4>

header ethernet_t {
    bit<48> dst_addr;
    bit<48> src_addr;
    bit<16> ether_type;
}

header opt_t {
    bit<8> kind;
    bit<8> len;
    varbit<64> value;
    bit<8> mark;
}

header trailer_t {
    bit<8> zero;
    bit<8> count;
}

struct headers_t {
    ethernet_t ethernet;
    opt_t[3] opts;
    trailer_t trailer;
}

parser prs(packet_in packet, out headers_t hdr) {
    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.ether_type) {
            0x88b5: options;
            default: accept;
        }
    }
    state options {
        transition select(packet.lookahead<bit<8>>()) {
            0: trailer;
            default: option;
        }
    }
    state option {
        bit<16> kind_len = packet.lookahead<bit<16>>();
        packet.extract(hdr.opts.next, (bit<32>)kind_len[7:0] * 8);
        transition options;
    }
    state trailer {
        packet.extract(hdr.trailer);
        transition accept;
    }
}

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (hdr.trailer.isValid()) {
            hdr.trailer.count = (hdr.opts[0].isValid() ? 8w1 : 0) + (hdr.opts[1].isValid() ? 8w1 : 0) +
                                (hdr.opts[2].isValid() ? 8w1 : 0);
        }
        if (hdr.opts[1].isValid())
            hdr.opts[1].mark = hdr.opts[1].mark + 1;
    }
}

control dep(in headers_t hdr, packet_out packet) {
    apply {
        packet.emit(hdr.ethernet);
        packet.emit(hdr.opts);
        packet.emit(hdr.trailer);
    }
}

xdp(prs(), ctl(), dep()) main;
