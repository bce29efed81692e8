// expect-error: 8:12: out of range
// spec: sec-expr-hs "Operations on header stacks": "A P4 compiler must give an error if an index that is a compile-time known value is out of range."
#include <core.p4>
header H { bit<8> a; }
const bit<32> N = 2 + 2;
control c(inout H[N] hs) {
    apply {
        hs[N].a = 1;
    }
}
