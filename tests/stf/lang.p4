/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* lang.p4: language features on values: whole-header copies and
 * comparisons, structs, bool and enum locals, a serializable enum, int<16>
 * comparisons and casts, shifts by run-time amounts. */
#include <xdp_model.p4>
#define COMMON_DEPARSER
#include "common.p4"

enum bit<8> proto_t { TCP = 6, UDP = 17 }
enum color_t { RED, GREEN, BLUE }

struct pair_t {
    bit<16> a;
    bit<16> b;
}

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (!hdr.ports.isValid()) {
            return;
        }
        ports_t saved = hdr.ports;
        pair_t p = { hdr.ports.dst_port, hdr.ports.src_port };
        pair_t q = p;
        bool same = saved == hdr.ports && p == q;
        color_t c = color_t.GREEN;
        if (hdr.ipv4.protocol == (bit<8>)proto_t.UDP) {
            c = color_t.BLUE;
        }
        int<16> s = (int<16>)hdr.ports.src_port;   /* 0xfff0 is -16 */
        bit<8> flags = 0;
        if (s < 0) { flags = flags | 1; }
        if (same) { flags = flags | 2; }
        if (c == color_t.BLUE) { flags = flags | 4; }
        if ((int<32>)s == -32s16) { flags = flags | 8; }
        hdr.ipv4.diffserv = flags;
        /* The ports swapped through the struct. */
        hdr.ports.src_port = q.a;
        hdr.ports.dst_port = q.b;
        /* Shifts by an amount known at run time, and by too much. */
        bit<8> n = hdr.ipv4.ttl & 0x1f;
        hdr.ipv4.identification = 16w1 << n;
        hdr.ipv4.total_len = (bit<16>)(s >> 2);
    }
}

xdp(common_parser(), ctl(), common_deparser()) main;
