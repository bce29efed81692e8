// expect-error: 7:12: parser
// spec: sec-expr-hs "Operations on header stacks": "hs.next: produces a reference to the element with index hs.nextIndex in the stack. May only be used in a parser."
#include <core.p4>
header H { bit<8> a; }
control c(inout H[2] hs) {
    apply {
        hs.next.a = 1;
    }
}
