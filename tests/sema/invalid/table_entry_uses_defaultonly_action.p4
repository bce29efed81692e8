// expect-error: 14:19: defaultonly
// spec: sec-entries "Entries": "The actionRef component must be an action which appears in the table actions list (and must not have the @defaultonly annotation)"
#include <core.p4>
control c(in bit<8> x) {
    action a() {}
    action b() {}
    table t {
        key = { x : exact; }
        actions = {
            a;
            @defaultonly b;
        }
        const entries = {
            8w1 : b();
        }
    }
    apply {
        t.apply();
    }
}
