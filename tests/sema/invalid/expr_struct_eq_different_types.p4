// expect-error: 8:15: cannot be applied
// spec: sec-ops-on-structs "Operations on struct types": "Two structs can be compared for equality (==) or inequality (!=) only if they have the same type"
#include <core.p4>
struct S1 { bit<8> a; }
struct S2 { bit<8> a; }
control c(in S1 x, in S2 y, out bool r) {
    apply {
        r = x == y;
    }
}
