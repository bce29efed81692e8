// expect-error: 7:9: not an l-value
// spec: sec-expr-hs "Operations on header stacks": "hs.size: produces a 32-bit unsigned integer that returns the size of the header stack (a local compile-time known value)."
#include <core.p4>
header H { bit<8> a; }
control c(inout H[2] hs) {
    apply {
        hs.size = 3;
    }
}
