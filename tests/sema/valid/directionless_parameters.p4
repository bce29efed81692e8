// valid: directionless (compile-time) parameters of extern functions, controls and parsers, including int and string typed ones, bound to literals, constants, enum members and constructor parameters; extern instances passed as directionless arguments
// spec: sec-calling-convention (directionless parameters), sec-arbitrary-precision-integers, sec-extern-operations
#include <core.p4>

enum Mode { Fast, Slow }

extern void configure(int level, string tag, Mode m);

extern Stat {
    Stat();
    void add(in bit<32> v);
}

const int LEVEL = 3;

control worker(inout bit<32> acc, bit<32> step, Stat s) {
    apply {
        acc = acc + step;
        s.add(acc);
    }
}

parser sub(packet_in b, bit<8> skip_bits) {
    state start {
        b.advance((bit<32>)skip_bits);
        transition accept;
    }
}

control user(inout bit<32> acc)(bit<32> ctorStep) {
    Stat() st;
    worker() w;
    apply {
        configure(LEVEL, "user", Mode.Fast);
        configure(level = 1 + 1, tag = "x" ++ "y", m = Mode.Slow);
        w.apply(acc, 32w4, st);
        w.apply(acc, ctorStep, st);
    }
}

parser top(packet_in b) {
    sub() s;
    state start {
        s.apply(b, 8);
        transition accept;
    }
}
