// expect-error: 8:16: compile-time
// spec: sec-size-table-property "Size": "When present, its value must always be a compile-time known value that is an integer."
#include <core.p4>
control c(in bit<8> x, in bit<32> n) {
    table t {
        key = { x : exact; }
        actions = { NoAction; }
        size = n;
    }
    apply {
        t.apply();
    }
}
