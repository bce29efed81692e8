// expect-error: 10:26: actions list
// spec: sec-default-action "Default action": "The default action _must_ be one of the actions that appear in the actions list."
#include <core.p4>
control c(in bit<8> x) {
    action a() {}
    action b() {}
    table t {
        key = { x : exact; }
        actions = { a; }
        default_action = b();
    }
    apply {
        t.apply();
    }
}
