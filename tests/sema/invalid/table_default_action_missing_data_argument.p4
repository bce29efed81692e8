// expect-error: 11:26: argument
// spec: sec-default-action "Default action": "// default_action = b(z); -- illegal, b's data parameter is not bound"
#include <core.p4>
control c(inout bit<32> z) {
    action b(inout bit<32> x, bit<8> data) {
        x = (bit<32>)data;
    }
    table t {
        key = { z : exact; }
        actions = { b(z); }
        default_action = b(z);
    }
    apply {
        t.apply();
    }
}
