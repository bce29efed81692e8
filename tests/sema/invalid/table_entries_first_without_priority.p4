// expect-error: 10:13: priority
// spec: sec-entry-priorities "Entry priorities": "If the developer specifies priority values for at least one entry, then ... the first entry _must_ have a priority value explicitly provided."
#include <core.p4>
control c(in bit<8> x) {
    action a() {}
    table t {
        key = { x : ternary; }
        actions = { a; }
        entries = {
            8w1 &&& 8w0xF : a();
            priority=5: 8w2 &&& 8w0xF : a();
        }
    }
    apply {
        t.apply();
    }
}
