// expect-error: 10:21: not an action
// spec: sec-table-action-list "Actions": "A table must declare all possible actions that may appear within the associated lookup table or in the default action. This is done with the actions property"
#include <core.p4>
bit<8> f() {
    return 1;
}
control c(in bit<8> x) {
    table t {
        key = { x : exact; }
        actions = { f; }
    }
    apply {
        t.apply();
    }
}
