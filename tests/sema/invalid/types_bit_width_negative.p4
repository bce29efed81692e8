// expect-error: 7:14: width
// spec: sec-unsigned-integers "Unsigned integers (bit-strings)": "W must be an expression that evaluates to a local compile-time known value (see <<sec-compile-time-known>>) that is a non-negative integer."
#include <core.p4>
const int N = -1;
control c() {
    apply {
        bit<(N)> x;
    }
}
