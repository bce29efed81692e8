// expect-error: 7:16: parser
// spec: sec-expr-hs "Operations on header stacks": "hs.last: produces a reference to the element with index hs.nextIndex - 1 in the stack, if such an element exists. May only be used in a parser."
#include <core.p4>
header H { bit<8> a; }
control c(in H[2] hs, out bit<8> r) {
    apply {
        r = hs.last.a;
    }
}
