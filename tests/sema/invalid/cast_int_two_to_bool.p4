// expect-error: 4:16: cannot cast
// spec: sec-casts "Explicit casts": "The following casts are legal in P4" ... "int -> bool: only if the int value is 0 (converted to false) or 1 (converted to true)"
#include <core.p4>
const bool B = (bool)2;
