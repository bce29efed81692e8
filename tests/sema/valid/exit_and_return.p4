// valid: exit in actions and apply blocks, bare return in actions, apply blocks and void functions, return with a value in a non-void function
// spec: sec-exit-stmt "Exit statement", sec-return-stmt "Return statement"
#include <core.p4>

control c(inout bit<8> x) {
    action a() {
        if (x == 0) {
            exit;
        }
        x = 1;
    }
    action r() {
        if (x == 1) {
            return;
        }
        x = 2;
    }
    apply {
        a();
        r();
        if (x == 2) {
            return;
        }
        if (x == 3) {
            exit;
        }
        x = 4;
    }
}

void f(inout bit<8> v) {
    if (v == 0) {
        return;
    }
    v = 1;
}

bit<8> g(in bit<8> v) {
    return v;
}
