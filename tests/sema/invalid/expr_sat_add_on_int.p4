// expect-error: 4:17: cannot be applied
// spec: sec-varint-ops "Operations on arbitrary-precision integers": "Note: saturating arithmetic is not supported for arbitrary-precision integers."
#include <core.p4>
const int a = 3 |+| 4;
