// expect-error: 8:13: cannot cast
// spec: sec-casts "Casts": "Casts are only permitted on base types and derived types introduced by typedef, type, and enum."
#include <core.p4>
struct S1 { bit<8> a; }
struct S2 { bit<8> a; }
control c(in S1 x, out S2 r) {
    apply {
        r = (S2)x;
    }
}
