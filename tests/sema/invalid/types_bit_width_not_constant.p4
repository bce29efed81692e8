// expect-error: 6:14: compile-time
// spec: sec-unsigned-integers "Unsigned integers (bit-strings)": "W must be an expression that evaluates to a local compile-time known value (see <<sec-compile-time-known>>) that is a non-negative integer."
#include <core.p4>
control c(in bit<8> w) {
    apply {
        bit<(w)> x = 0;
    }
}
