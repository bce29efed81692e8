// expect-error: 9:33: bool
// spec: sec-entry-priorities "Entry priorities": "Thus there is a table property largest_priority_wins. If explicitly specified for a table, its value must be boolean."
#include <core.p4>
control c(in bit<8> x) {
    action a() {}
    table t {
        key = { x : ternary; }
        actions = { a; }
        largest_priority_wins = 1;
    }
    apply {
        t.apply();
    }
}
