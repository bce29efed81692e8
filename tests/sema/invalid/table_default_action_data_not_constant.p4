// expect-error: 11:28: compile-time
// spec: sec-invoke-actions "Invoking actions": "For action invocations specified via table properties (such as default_action or entries), directionless parameters must be compile-time constant values, as these arguments are supplied by the control plane."
#include <core.p4>
control c(inout bit<8> x, in bit<8> y) {
    action a(bit<8> v) {
        x = v;
    }
    table t {
        key = { x : exact; }
        actions = { a; }
        default_action = a(y);
    }
    apply {
        t.apply();
    }
}
