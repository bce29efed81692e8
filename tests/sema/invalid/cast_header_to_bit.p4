// expect-error: 7:13: cannot cast
// spec: sec-casts "Casts": "Casts are only permitted on base types and derived types introduced by typedef, type, and enum."
#include <core.p4>
header H { bit<16> a; }
control c(in H h, out bit<16> r) {
    apply {
        r = (bit<16>)h;
    }
}
