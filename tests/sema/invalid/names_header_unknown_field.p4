// expect-error: 7:17: no member
// spec: sec-ops-on-hdrs "Operations on headers": "Headers provide the same operations as structs."
#include <core.p4>
header H { bit<8> a; }
control c(inout H h) {
    apply {
        h.a = h.c;
    }
}
