// expect-error: 4:17: directionless
// spec: sec-string-type "Strings": "Parameters with type string can be only directionless"
#include <core.p4>
extern void log(in string msg);
