// expect-error: 7:12: out of range
// spec: sec-expr-hs "Operations on header stacks": "A P4 compiler must give an error if an index that is a compile-time known value is out of range."
#include <core.p4>
header H { bit<8> a; }
control c(inout H[4] hs) {
    apply {
        hs[4].a = 1;
    }
}
