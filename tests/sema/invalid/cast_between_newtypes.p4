// expect-error: 8:13: cannot cast
// spec: sec-casts "Explicit casts": "The following casts are legal in P4" ... "casts between a type introduced by type and the original type."
#include <core.p4>
type bit<8> A;
type bit<8> B;
control c(in A a, out B r) {
    apply {
        r = (B)a;
    }
}
