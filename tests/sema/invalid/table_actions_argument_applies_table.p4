// expect-error: 14:23: not allowed
// spec: sec-table-action-list "Actions": "Applying tables, whether directly via an expression like table1.apply().hit, or indirectly, are forbidden in the expressions supplied as action arguments."
#include <core.p4>
control c(inout bit<32> z) {
    action a(in bit<32> x) {
        z = x;
    }
    table t2 {
        key = { z : exact; }
        actions = { NoAction; }
    }
    table t {
        key = { z : exact; }
        actions = { a(t2.apply().hit ? 32w5 : 32w3); }
    }
    apply {
        t.apply();
    }
}
