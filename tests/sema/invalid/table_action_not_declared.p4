// expect-error: 7:21: undeclared
// spec: sec-table-action-list "Actions": "A table must declare all possible actions that may appear within the associated lookup table or in the default action."
#include <core.p4>
control c(in bit<8> x) {
    table t {
        key = { x : exact; }
        actions = { nope; }
    }
    apply {
        t.apply();
    }
}
