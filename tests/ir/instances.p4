/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* instances.p4: what lowering does with instances: a control instantiated
 * twice with constructor arguments computed from its parent's (each
 * instance gets its own table and action copies and names), a generic
 * function specialised twice, a direct application, a table applied on the right
 * of && (applied only when the left side holds, and not at all when it is
 * false at compile time), a function that writes its argument inside an
 * expression (hoisted, so that the rest of the expression sees the write),
 * and @name annotations. */
#include <core.p4>

header h_t {
    bit<8> a;
    bit<8> b;
}

struct headers {
    h_t h;
}

bit<8> twice(inout bit<8> x) {
    x = x + x;
    return x;
}

T pick<T>(in bool first, in T a, in T b) {
    return first ? a : b;
}

control Swap(inout bit<8> a, inout bit<8> b) {
    apply {
        bit<8> tmp = a;
        a = b;
        b = tmp;
    }
}

control Count(inout bit<8> v)(bit<8> step, bool enabled) {
    action bump(bit<8> by) {
        v = v + by;
    }
    @name("hits") table t {
        key = { v : exact @name("value"); }
        actions = { bump; NoAction; }
        default_action = bump(step);
        size = 16;
    }
    apply {
        if (enabled && t.apply().hit) {
            v = v + step;
        }
    }
}

control Clear(inout bit<8> v) {
    apply {
        v = 0;
    }
}

control Pipe(inout headers hdr)(bit<8> base) {
    Count(base, true) c1;
    Count(base + 1, false) c2;
    Swap() sw;
    apply {
        c1.apply(hdr.h.a);
        c2.apply(hdr.h.b);
        sw.apply(hdr.h.a, hdr.h.b);
        hdr.h.a = twice(hdr.h.b) + hdr.h.b;
        hdr.h.b = pick(hdr.h.a > hdr.h.b, hdr.h.a, 8w1);
        bool valid = pick<bool>(true, hdr.h.isValid(), false);
        if (hdr.h.a == 0 && valid) {
            Clear.apply(hdr.h.b);
        }
    }
}

parser Prs(packet_in pkt, out headers hdr) {
    state start {
        pkt.extract(hdr.h);
        transition accept;
    }
}

parser P(packet_in p, out headers h);
control C(inout headers h);
package Top(P p, C c);

Top(Prs(), Pipe(8w10)) main;
