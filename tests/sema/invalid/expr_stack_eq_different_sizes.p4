// expect-error: 7:15: cannot be applied
// spec: sec-expr-hs "Operations on header stacks": "Two header stacks can be compared for equality (==) or inequality (!=) only if they have the same element type and the same length."
#include <core.p4>
header H { bit<8> a; }
control c(in H[2] x, in H[3] y, out bool r) {
    apply {
        r = x == y;
    }
}
