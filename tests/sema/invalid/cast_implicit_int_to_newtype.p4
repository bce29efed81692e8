// expect-error: 7:13: incompatible
// spec: sec-newtype-operations "Operations on types introduced by type": "U32 x = (U32)0;  // cast needed"
#include <core.p4>
type bit<32> U32;
control c(out U32 x) {
    apply {
        x = 0;
    }
}
