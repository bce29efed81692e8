// expect-error: 11:19: actions list
// spec: sec-entries "Entries": "The actionRef component must be an action which appears in the table actions list"
#include <core.p4>
control c(in bit<8> x) {
    action a() {}
    action b() {}
    table t {
        key = { x : exact; }
        actions = { a; }
        const entries = {
            8w1 : b();
        }
    }
    apply {
        t.apply();
    }
}
