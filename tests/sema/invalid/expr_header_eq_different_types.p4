// expect-error: 8:15: cannot be applied
// spec: sec-ops-on-hdrs "Operations on headers": "Two headers can be compared for equality (==) or inequality (!=) only if they have the same type."
#include <core.p4>
header H1 { bit<8> a; }
header H2 { bit<8> a; }
control c(in H1 x, in H2 y, out bool r) {
    apply {
        r = x != y;
    }
}
