// expect-error: 12:13: duplicate
// spec: sec-entry-priorities "Entry priorities": "If they are all exact, duplicate keys are not allowed"
#include <core.p4>
control c(in bit<8> x) {
    action a() {}
    action b() {}
    table t {
        key = { x : exact; }
        actions = { a; b; }
        const entries = {
            8w1 : a();
            8w1 : b();
        }
    }
    apply {
        t.apply();
    }
}
