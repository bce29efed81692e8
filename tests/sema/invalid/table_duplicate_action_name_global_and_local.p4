// expect-error: 9:24: duplicate
// spec: sec-table-action-list "Actions": "Each action in the list of actions for a table must have a distinct name---e.g., the following program fragment is illegal" ... "table t { actions = { a; .a; } }"
#include <core.p4>
action a() {}
control c(in bit<8> x) {
    action a() {}
    table t {
        key = { x : exact; }
        actions = { a; .a; }
    }
    apply {
        t.apply();
    }
}
