// expect-error: 9:5: not allowed
// spec: sec-type-nesting "Type nesting rules": "[2] A struct or nested struct type that has the same properties, used as a field in a header must contain only bit<W>, int<W>, a serializable enum, or a bool."
#include <core.p4>
struct S {
    bit<8> a;
    error e;
}
header H {
    S s;
}
