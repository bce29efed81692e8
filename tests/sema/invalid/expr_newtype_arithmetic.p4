// expect-error: 7:15: cannot be applied
// spec: sec-newtype-operations "Operations on types introduced by type": "Values with a type introduced by the type keyword provide only a few operations: assignment to left-values of the same type, comparisons for equality and inequality if the original type supported such comparisons, casts to and from the original type"
#include <core.p4>
type bit<9> PortId_t;
control c(in PortId_t p, out PortId_t r) {
    apply {
        r = p + p;
    }
}
