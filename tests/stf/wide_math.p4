/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* wide_math.p4: P4 arithmetic on bit<128> IPv6 addresses (a the source, b
 * the destination) and wider values, with every result written into a
 * header that follows the IPv6 header (next header 253): + and - with
 * carries across 64-bit limbs, & | ^ ~ and unary -, shifts by constants and
 * by the hop limit, unsigned comparisons, casts that truncate and widen,
 * slices wider than 64 bits and concatenations. */
#include <xdp_model.p4>

header ethernet_t {
    bit<48> dst_addr;
    bit<48> src_addr;
    bit<16> ether_type;
}

header ipv6_t {
    bit<4> version;
    bit<8> traffic_class;
    bit<20> flow_label;
    bit<16> payload_len;
    bit<8> next_hdr;
    bit<8> hop_limit;
    bit<128> src_addr;
    bit<128> dst_addr;
}

header res_t {
    bit<8> flags;
    bit<128> sum;
    bit<128> diff;
    bit<128> prefix;
    bit<128> shr_rt;
    bit<128> shl_rt;
    bit<128> shc;
    bit<128> bits;
    bit<128> neg;
    bit<64> trunc;
    bit<128> widened;
    bit<128> sliced;
    bit<136> cat;
    bit<96> low96;
}

struct headers_t {
    ethernet_t ethernet;
    ipv6_t ipv6;
    res_t res;
}

parser prs(packet_in packet, out headers_t hdr) {
    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.ether_type) {
            0x86dd: parse_ipv6;
            default: accept;
        }
    }
    state parse_ipv6 {
        packet.extract(hdr.ipv6);
        transition select(hdr.ipv6.next_hdr) {
            253: parse_res;
            default: accept;
        }
    }
    state parse_res {
        packet.extract(hdr.res);
        transition accept;
    }
}

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    const bit<128> STEP = 0x00000000000000010000000000000001;
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (!hdr.res.isValid()) {
            return;
        }
        bit<128> a = hdr.ipv6.src_addr;
        bit<128> b = hdr.ipv6.dst_addr;
        bit<8> sh = hdr.ipv6.hop_limit;
        bit<8> f = 0;
        if (a < b) { f = f | 1; }
        if (a <= b) { f = f | 2; }
        if (a > b) { f = f | 4; }
        if (a >= b) { f = f | 8; }
        if (a == b) { f = f | 16; }
        if (~a > b) { f = f | 32; }
        if (a + 1 >= 1) { f = f | 64; }
        hdr.res.flags = f;
        hdr.res.sum = a + b + STEP;
        hdr.res.diff = a - b;
        hdr.res.prefix = a & (~(bit<128>)0 << (128 - sh));
        hdr.res.shr_rt = a >> sh;
        hdr.res.shl_rt = b << sh;
        hdr.res.shc = (a << 4) + (b >> 100);
        hdr.res.bits = (a ^ b) | (a & 0xff) | (bit<128>)(~b[127:64]);
        hdr.res.neg = -b;
        hdr.res.trunc = (bit<64>)(a + STEP);
        hdr.res.widened = (bit<128>)((bit<64>)a) + ((bit<128>)((bit<64>)b) << 64);
        hdr.res.sliced = (bit<128>)(a[119:8] ++ b[7:0]);
        hdr.res.cat = a ++ sh;
        hdr.res.low96 = b[95:0] - 1;
        hdr.ipv6.dst_addr = hdr.ipv6.dst_addr + STEP;
    }
}

control dep(in headers_t hdr, packet_out packet) {
    apply {
        packet.emit(hdr.ethernet);
        packet.emit(hdr.ipv6);
        packet.emit(hdr.res);
    }
}

xdp(prs(), ctl(), dep()) main;
