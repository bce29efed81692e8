// expect-error: 8:9: after
// spec: sec-default-action "Default action": "If present, the default_action property _must_ appear after the action property."
#include <core.p4>
control c(in bit<8> x) {
    action a() {}
    table t {
        key = { x : exact; }
        default_action = a();
        actions = { a; }
    }
    apply {
        t.apply();
    }
}
