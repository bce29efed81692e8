// expect-error: 4:18: negative
// spec: sec-varint-ops "Operations on arbitrary-precision integers": "In addition, it is illegal to apply division and modulo to negative values."
#include <core.p4>
const int a = -6 / 2;
