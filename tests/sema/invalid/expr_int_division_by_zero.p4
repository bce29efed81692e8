// expect-error: 4:17: zero
// spec: sec-varint-ops "Operations on arbitrary-precision integers": "Truncating integer division between positive values, denoted by /."
#include <core.p4>
const int a = 4 / 0;
