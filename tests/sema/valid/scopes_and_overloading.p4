// valid: parser states used before their declaration, constructor parameters used in actions and apply blocks, instantiation with positional and named constructor arguments, qualified enum and error members, overloading of extern methods and extern functions by argument count and by parameter names
// spec: sec-scopes "Scopes", sec-parameterization "Parameterization", sec-extern-objects "Extern objects" (overloading)
#include <core.p4>

parser p(packet_in b) {
    state start {
        transition second;
    }
    state second {
        transition third;
    }
    state third {
        transition accept;
    }
}

control ctor_params(inout bit<8> x)(bit<8> init, bool enable) {
    const bit<8> K = 1;
    action set() {
        x = init;
    }
    apply {
        if (enable) {
            set();
        }
        x = x + K;
    }
}

control user(inout bit<8> x) {
    ctor_params(8w5, true) inst;
    ctor_params(init = 8w6, enable = false) inst2;
    apply {
        inst.apply(x);
        inst2.apply(x);
    }
}

enum E { A }

extern Ov {
    Ov();
    void m(in bit<8> a);
    void m(in bit<8> a, in bit<8> b);
    void n(in bit<8> left);
    void n(in bit<16> right);
}

extern bit<8> ovf(in bit<8> a);
extern bit<8> ovf(in bit<8> a, in bit<8> b);

control ov(inout bit<8> x, out error err) {
    Ov() o;
    apply {
        o.m(x);
        o.m(x, x);
        o.n(left = x);
        o.n(right = 16w1);
        x = ovf(x) + ovf(x, 1);
        E e = E.A;
        err = error.NoMatch;
    }
}
