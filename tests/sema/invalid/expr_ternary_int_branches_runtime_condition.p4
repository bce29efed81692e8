// expect-error: 6:15: compile-time
// spec: "Conditional operator": "which cannot both be arbitrary-precision integers unless the condition itself can be evaluated at compilation time."
#include <core.p4>
control c(in bool b, out bit<8> r) {
    apply {
        r = b ? 1 : 2;
    }
}
