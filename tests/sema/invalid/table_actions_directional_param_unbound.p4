// expect-error: 10:21: argument
// spec: sec-table-action-list "Actions": "Each action parameter that has a direction (in, inout, or out) must be bound in the actions list specification" ... "// a; -- illegal, x parameter must be bound"
#include <core.p4>
control c(inout bit<32> z) {
    action a(in bit<32> x) {
        z = x;
    }
    table t {
        key = { z : exact; }
        actions = { a; }
    }
    apply {
        t.apply();
    }
}
