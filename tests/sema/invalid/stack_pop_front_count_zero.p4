// expect-error: 7:22: positive
// spec: sec-expr-hs "Operations on header stacks": "The count argument must be a compile-time known value that is a positive integer."
#include <core.p4>
header H { bit<8> a; }
control c(inout H[4] hs) {
    apply {
        hs.pop_front(0);
    }
}
