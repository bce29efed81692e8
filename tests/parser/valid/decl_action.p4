/* decl_action.p4: action declarations at the top level and in controls:
 * no parameters, directionless (control-plane) parameters, directional
 * parameters, annotations on actions and parameters, empty bodies, bodies
 * with statements, and calls from apply blocks and other actions. */
#include <core.p4>

header h_t { bit<8> a; bit<32> b; }

action global_nop() { }

@name("set_a") action set_a(inout h_t h, bit<8> value) {
    h.a = value;
}

action top(inout h_t h, in bit<32> x, out bool hit) {
    h.b = x;
    hit = true;
}

control c(inout h_t h) {
    bit<32> scratch = 0;

    action empty() { }

    @hidden action drop() {
        h.setInvalid();
    }

    action forward(bit<32> port, @name("prio") bit<8> priority) {
        scratch = port;
        h.a = priority;
    }

    action compound(in bit<8> x) {
        set_a(h, x);
        forward(32w1, x);
        if (x == 0) {
            drop();
        } else {
            empty();
        }
    }

    apply {
        global_nop();
        empty();
        compound(8w3);
        bool hit;
        top(h, scratch, hit);
    }
}
