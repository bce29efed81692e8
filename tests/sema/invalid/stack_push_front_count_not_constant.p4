// expect-error: 7:23: compile-time
// spec: sec-expr-hs "Operations on header stacks": "The count argument must be a compile-time known value that is a positive integer."
#include <core.p4>
header H { bit<8> a; }
control c(inout H[4] hs, in bit<32> n) {
    apply {
        hs.push_front(n);
    }
}
