// expect-error: 7:11: no member
// spec: sec-expr-hs "Operations on header stacks": "hs.push_front(int count): shifts hs \"right\" by count."
#include <core.p4>
header H { bit<8> a; }
control c(inout H h) {
    apply {
        h.push_front(1);
    }
}
