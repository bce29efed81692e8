// expect-error: 8:24: duplicate
// spec: sec-table-action-list "Actions": "Each action in the list of actions for a table must have a distinct name"
#include <core.p4>
control c(in bit<8> x) {
    action a() {}
    table t {
        key = { x : exact; }
        actions = { a; a; }
    }
    apply {
        t.apply();
    }
}
