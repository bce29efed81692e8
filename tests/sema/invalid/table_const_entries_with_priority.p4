// expect-error: 10:13: priority
// spec: sec-entries "Entries": "Therefore assigning numeric priorities to entries of a table that has const entries is not allowed."
#include <core.p4>
control c(in bit<8> x) {
    action a() {}
    table t {
        key = { x : ternary; }
        actions = { a; }
        const entries = {
            priority=10: 8w1 &&& 8w0xF : a();
        }
    }
    apply {
        t.apply();
    }
}
