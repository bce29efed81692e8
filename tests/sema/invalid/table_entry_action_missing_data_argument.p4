// expect-error: 12:19: argument
// spec: sec-entries "Entries": "The actionRef component must be an action which appears in the table actions list (and must not have the @defaultonly annotation), with all its arguments bound."
#include <core.p4>
control c(inout bit<8> x) {
    action a(bit<8> v) {
        x = v;
    }
    table t {
        key = { x : exact; }
        actions = { a; }
        const entries = {
            8w1 : a();
        }
    }
    apply {
        t.apply();
    }
}
