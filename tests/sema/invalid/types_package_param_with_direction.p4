// expect-error: 4:11: directionless
// spec: sec-pkg-types "Package types": "All parameters of a package are evaluated at compilation time, and in consequence they must all be directionless (they cannot be in, out, or inout)."
#include <core.p4>
package P(in bit<8> x);
