// expect-error: 11:28: actions list
// spec: sec-default-action "Default action": "the expressions passed as in, out, or inout parameters must be syntactically identical to the expressions used in one of the elements of the actions list." ... "// default_action = b(x, 3); -- illegal: x parameter of b bound to x instead of z"
#include <core.p4>
control c(inout bit<32> z, inout bit<32> y) {
    action b(inout bit<32> x, bit<8> data) {
        x = (bit<32>)data;
    }
    table t {
        key = { z : exact; }
        actions = { b(z); }
        default_action = b(y, 3);
    }
    apply {
        t.apply();
    }
}
