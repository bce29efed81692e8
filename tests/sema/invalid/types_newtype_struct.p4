// expect-error: 5:6: not allowed
// spec: sec-newtype "Introducing new types": "Currently the types that can be created by the type keyword are restricted to one of: bit<>, int<>, bool, or types defined using type from such types."
#include <core.p4>
struct S { bit<8> a; }
type S T;
