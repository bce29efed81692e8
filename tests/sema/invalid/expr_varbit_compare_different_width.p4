// expect-error: 8:17: cannot be applied
// spec: sec-varbit-string "Operations on variable-size bit types": "Two varbit fields can be compared only if they have the same type."
#include <core.p4>
header V1 { varbit<16> v; }
header V2 { varbit<8> v; }
control c(in V1 a, in V2 b, out bool r) {
    apply {
        r = a.v == b.v;
    }
}
