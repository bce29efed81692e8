// expect-error: 9:26: positive
// spec: sec-entry-priorities "Entry priorities": "as a convenience we define the table property priority_delta to be a positive integer value"
#include <core.p4>
control c(in bit<8> x) {
    action a() {}
    table t {
        key = { x : ternary; }
        actions = { a; }
        priority_delta = 0;
    }
    apply {
        t.apply();
    }
}
