// expect-error: 8:9: not allowed
// spec: sec-header-stacks "Header stacks": "Nested header stacks are not supported."
#include <core.p4>
header H { bit<8> a; }
typedef H[2] HS;
control c() {
    apply {
        HS[3] s;
    }
}
