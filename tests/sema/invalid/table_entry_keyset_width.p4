// expect-error: 10:13: incompatible
// spec: sec-entries "Entries": "The table key type must match the type of the element of the set."
#include <core.p4>
control c(in bit<8> x) {
    action a() {}
    table t {
        key = { x : exact; }
        actions = { a; }
        const entries = {
            16w1 : a();
        }
    }
    apply {
        t.apply();
    }
}
