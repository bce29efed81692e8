/* decl_control.p4: control declarations: no parameters, directional
 * parameters, constructor parameters (present, empty),
 * locals of every kind (constants, variables, actions, tables,
 * instantiations of externs and of other controls) in any order, apply
 * blocks that apply tables and sub-controls, and an empty apply block. */
#include <core.p4>

header h_t { bit<8> a; bit<8> b; }

extern Counter { Counter(bit<32> n); void count(in bit<32> i); }

control empty() {
    apply { }
}

control sub(inout h_t h)(bit<8> increment) {
    apply {
        h.a = h.a + increment;
    }
}

control sub_empty_ctor(inout h_t h)() {
    apply { h.b = 0; }
}

control main_ctrl(inout h_t h, in bit<8> port, out bool dropped)(bit<32> table_size, bool enabled) {
    const bit<8> LIMIT = 100;
    bit<8> local_var;
    bit<8> initialized = 3;
    Counter(table_size) packets;
    sub(8w1) inc_one;
    sub(increment = 8w2) inc_two;
    sub_empty_ctor() zero;
    empty() nothing;

    action drop() { dropped = true; }
    action set_b(bit<8> b) { h.b = b; }

    table filter {
        key = { h.a : exact; }
        actions = { drop; set_b; }
        default_action = set_b(0);
    }

    bit<8> declared_after_table = LIMIT;

    table second {
        key = { port : exact; }
        actions = { drop; NoAction; }
        size = 16;
    }

    apply {
        dropped = false;
        if (!enabled) {
            return;
        }
        local_var = h.a;
        filter.apply();
        if (second.apply().hit) {
            packets.count(0);
        }
        inc_one.apply(h);
        inc_two.apply(h);
        zero.apply(h);
        nothing.apply();
        sub.apply(h);
        empty.apply();
    }
}
