// expect-error: 4:18: incompatible
// spec: sec-constants "Constants": "Such a declaration introduces a constant whose value has the specified type."
#include <core.p4>
const bit<8> K = true;
