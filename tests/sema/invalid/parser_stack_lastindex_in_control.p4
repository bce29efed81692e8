// expect-error: 7:16: parser
// spec: sec-expr-hs "Operations on header stacks": "hs.lastIndex: produces a 32-bit unsigned integer that encodes the index hs.nextIndex - 1. May only be used in a parser."
#include <core.p4>
header H { bit<8> a; }
control c(in H[2] hs, out bit<32> r) {
    apply {
        r = hs.lastIndex;
    }
}
