/* Several independent errors in one file: the parser recovers after each
 * one (at the next item of the enclosing list) and reports them all. */
header h_t {
    bit<8> a
    bit<8> b;
}

const bit<8> X = 1 +;

control c(inout h_t h) {
    action a1() {
        h.a = ;
    }
    action a2() {
        h.b = h.a;
    }
    table t {
        key = { h.a exact; }
        actions = { a1; a2; }
    }
    apply {
        h.a = 1
        t.apply();
        if (h.b == 2 {
            a2();
        }
    }
}

const bit<8> Y = 2;
