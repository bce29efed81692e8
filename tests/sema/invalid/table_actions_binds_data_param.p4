// expect-error: 10:26: directionless
// spec: sec-table-action-list "Actions": "conversely, no directionless parameters may be bound in the list." ... "// b(z, 3); -- illegal, cannot bind directionless data parameter"
#include <core.p4>
control c(inout bit<32> z) {
    action b(inout bit<32> x, bit<8> data) {
        x = (bit<32>)data;
    }
    table t {
        key = { z : exact; }
        actions = { b(z, 3); }
    }
    apply {
        t.apply();
    }
}
