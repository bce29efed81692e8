// expect-error: 9:9: duplicate
// spec: sec-tables "Tables": "Note duplicated properties are invalid and the compiler should reject them."
#include <core.p4>
control c(in bit<8> x) {
    table t {
        key = { x : exact; }
        actions = { NoAction; }
        size = 16;
        size = 32;
    }
    apply {
        t.apply();
    }
}
