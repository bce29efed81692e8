// expect-error: 7:13: cannot cast
// spec: sec-casts "Explicit casts": "The following casts are legal in P4" ... "casts between a type introduced by type and the original type."
#include <core.p4>
type bit<32> U32;
control c(in U32 u, out bit<16> r) {
    apply {
        r = (bit<16>)u;
    }
}
