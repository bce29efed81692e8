// expect-error: 7:15: cannot be applied
// spec: sec-newtype-operations "Operations on types introduced by type": "bool b0 = x == (U32)z; // cast needed"
#include <core.p4>
type bit<32> U32;
control c(in U32 x, in bit<32> z, out bool r) {
    apply {
        r = x == z;
    }
}
