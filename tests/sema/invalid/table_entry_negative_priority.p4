// expect-error: 10:23: priority
// spec: sec-entry-priorities "Entry priorities": "If any priority values are negative, or larger than the maximum supported value, that is a compile time error."
#include <core.p4>
control c(in bit<8> x) {
    action a() {}
    table t {
        key = { x : ternary; }
        actions = { a; }
        entries = {
            priority=(-1): 8w1 &&& 8w0xF : a();
        }
    }
    apply {
        t.apply();
    }
}
