// expect-error: 7:13: incompatible
// spec: sec-expr-hs "Operations on header stacks": "assignment from a header stack hs into another stack requires the stacks to have the same types and sizes."
#include <core.p4>
header H { bit<8> a; }
control c(in H[2] a, out H[3] b) {
    apply {
        b = a;
    }
}
