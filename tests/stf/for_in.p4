/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* for_in.p4: for-in over a header stack and over list expressions
 * (P4-16 1.2.4, "For statement"). A stack's elements are all visited, in
 * order, valid or not, the variable a copy of each; a list is evaluated
 * once, before the first round. Up to three VLAN tags are parsed into a
 * stack, then a results header (after EtherType 0x88b5) comes back with:
 * how many elements were visited and how many were valid, the sum of the
 * valid vids, the elements before the first tag with vid 0xfff (break),
 * sums over lists of constants (continue), of values the body changes,
 * and of tags in reverse, a break inside a switch, nested loops, the xor
 * of a list of 128-bit values, and the sum of the vids of a stack whose
 * last element the body changes (the loop sees the stack as it was). */
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

header res_t {
    bit<8> visits;
    bit<8> valid;
    bit<16> sum;
    bit<8> before;
    bit<8> consts;
    bit<16> once;
    bit<16> reversed;
    bit<8> sw;
    bit<8> nested;
    bit<128> w;
    bit<16> snap;
}

struct headers_t {
    ethernet_t ethernet;
    vlan_t[3] vlan;
    res_t res;
}

parser prs(packet_in packet, out headers_t hdr) {
    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.ether_type) {
            0x8100: parse_vlan;
            0x88b5: parse_res;
            default: accept;
        }
    }
    state parse_vlan {
        packet.extract(hdr.vlan.next);
        transition select(hdr.vlan.last.ether_type) {
            0x8100: parse_vlan;
            0x88b5: parse_res;
            default: accept;
        }
    }
    state parse_res {
        packet.extract(hdr.res);
        transition accept;
    }
}

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (!hdr.res.isValid()) {
            return;
        }
        bit<8> visits = 0;
        bit<8> valid = 0;
        bit<16> sum = 0;
        for (vlan_t t in hdr.vlan) {
            visits = visits + 1;
            if (!t.isValid()) {
                continue;
            }
            valid = valid + 1;
            sum = sum + (bit<16>)t.vid;
            t.vid = 0;          /* a copy: the stack keeps its vid */
        }
        hdr.res.visits = visits;
        hdr.res.valid = valid;
        hdr.res.sum = sum;

        bit<8> before = 0;
        for (vlan_t t in hdr.vlan) {
            if (t.isValid() && t.vid == 0xfff) {
                break;
            }
            before = before + 1;
        }
        hdr.res.before = before;

        bit<8> consts = 0;
        for (bit<8> x in {8w1, 8w2, 8w4, 8w8, 8w16}) {
            if (x == 4) {
                continue;
            }
            if (x == 16) {
                break;
            }
            consts = consts + x;
        }
        hdr.res.consts = consts;

        /* The list is evaluated before the first round: changing what
         * its items read does not change it. */
        bit<16> a = hdr.res.once;
        bit<16> once = 0;
        for (bit<16> x in {a, a + 1, a << 1}) {
            a = 0;
            once = once + x;
        }
        hdr.res.once = once + a;

        bit<16> reversed = 0;
        for (vlan_t t in {hdr.vlan[2], hdr.vlan[1], hdr.vlan[0]}) {
            if (t.isValid()) {
                reversed = reversed * 16 + (bit<16>)t.vid[3:0];
            }
        }
        hdr.res.reversed = reversed;

        /* break in a switch leaves the loop, not only the switch. */
        bit<8> sw = 0;
        for (bit<8> x in {1, 2, 3, 4}) {
            switch (x) {
                3: { break; }
                default: { sw = sw + x; }
            }
        }
        hdr.res.sw = sw;

        bit<8> nested = 0;
        for (vlan_t t in hdr.vlan) {
            for (bit<8> k in {1, 2, 3}) {
                if (k == 3) {
                    break;
                }
                nested = nested + k;
            }
            if (!t.isValid()) {
                break;
            }
        }
        hdr.res.nested = nested;

        bit<128> w = 0;
        for (bit<128> x in {hdr.res.w, ~hdr.res.w << 4, 128w0x0102030405060708090a0b0c0d0e0f10}) {
            w = w ^ x;
        }
        hdr.res.w = w;

        /* The stack is evaluated once: a write to an element the loop has
         * not reached yet does not change what the loop sees. */
        bit<16> snap = 0;
        for (vlan_t t in hdr.vlan) {
            hdr.vlan[2].vid = 0xabc;
            if (t.isValid()) {
                snap = snap + (bit<16>)t.vid;
            }
        }
        hdr.res.snap = snap;
    }
}

control dep(in headers_t hdr, packet_out packet) {
    apply {
        packet.emit(hdr.ethernet);
        packet.emit(hdr.vlan);
        packet.emit(hdr.res);
    }
}

xdp(prs(), ctl(), dep()) main;
