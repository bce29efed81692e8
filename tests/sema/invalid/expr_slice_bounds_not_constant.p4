// expect-error: 6:15: compile-time
// spec: sec-bit-ops "Operations on fixed-width bit types (unsigned integers)": "The bounds are required to be local compile-time known values so that the width of the result can be computed at compile time."
#include <core.p4>
control c(in bit<8> x, in bit<3> i, out bit<8> r) {
    apply {
        r = x[i:0];
    }
}
