// expect-error: 7:12: numeric
// spec: sec-expr-hs "Operations on header stacks": "The index is an expression that must be of numeric types (<<sec-numeric-values>>)."
#include <core.p4>
header H { bit<8> a; }
control c(inout H[2] hs) {
    apply {
        hs[true].a = 1;
    }
}
