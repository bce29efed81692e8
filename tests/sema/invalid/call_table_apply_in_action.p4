// expect-error: 10:9: not allowed
// spec: sec-actions "Actions": "No table, control, or parser applications can appear within actions."
#include <core.p4>
control c(inout bit<8> x) {
    table t {
        key = { x : exact; }
        actions = { NoAction; }
    }
    action a() {
        t.apply();
    }
    apply {}
}
