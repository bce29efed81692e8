// expect-error: 8:16: integer
// spec: sec-size-table-property "Size": "When present, its value must always be a compile-time known value that is an integer."
#include <core.p4>
control c(in bit<8> x) {
    table t {
        key = { x : exact; }
        actions = { NoAction; }
        size = true;
    }
    apply {
        t.apply();
    }
}
