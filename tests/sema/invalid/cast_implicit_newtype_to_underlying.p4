// expect-error: 7:13: incompatible
// spec: sec-newtype "Introducing new types": "the type keyword introduces a new type which is not a synonym with the original type: values of the original type and the newly introduced type cannot be mixed in expressions."
#include <core.p4>
type bit<32> U32;
control c(in U32 u, out bit<32> r) {
    apply {
        r = u;
    }
}
