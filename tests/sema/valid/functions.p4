// valid: functions with return values on all paths (if/else and switch with default), void functions with bare return, out and inout parameters, calls from parser states, actions, apply blocks and control-level initializers
// spec: sec-functions "Function declarations", sec-calling-restrictions
#include <core.p4>

bit<32> max(in bit<32> left, in bit<32> right) {
    return (left > right) ? left : right;
}

void incr(inout bit<8> v) {
    v = v + 1;
    return;
}

bit<8> sign(in int<8> v) {
    if (v < 0) {
        return 1;
    } else if (v == 0) {
        return 0;
    }
    return 2;
}

bit<8> pick(in bool b, out bit<8> other) {
    other = 3;
    if (b) {
        return 1;
    } else {
        return 2;
    }
}

bit<8> sw(in bit<8> v) {
    switch (v) {
        1: { return 10; }
        default: { return 20; }
    }
}

header H {
    bit<8> a;
}

parser prs(packet_in b, out H h) {
    state start {
        b.extract(h);
        incr(h.a);
        transition accept;
    }
}

control c(inout H h, out bit<32> m) {
    bit<8> initial = sign(-3);
    action act() {
        incr(h.a);
    }
    apply {
        m = max(32w1, 32w2);
        act();
        bit<8> o;
        h.a = pick(true, o) + o;
        h.a = sw(h.a) + initial;
    }
}
