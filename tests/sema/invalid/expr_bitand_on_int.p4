// expect-error: 4:17: cannot be applied
// spec: sec-varint-ops "Operations on arbitrary-precision integers": "Note: bitwise-operations (|, &, ^, ~) are not defined on expressions of type int."
#include <core.p4>
const int a = 5 & 3;
