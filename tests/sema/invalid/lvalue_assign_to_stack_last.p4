// expect-error: 9:9: not an l-value
// spec: sec-expr-hs "Operations on header stacks": "hs.last ... Unlike hs.next, the resulting reference is never an l-value."
#include <core.p4>
header H { bit<8> a; }
struct S { H[2] hs; }
parser p(packet_in b, out S s) {
    state start {
        b.extract(s.hs.next);
        s.hs.last.a = 1;
        transition accept;
    }
}
