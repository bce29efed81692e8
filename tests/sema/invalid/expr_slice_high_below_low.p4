// expect-error: 6:15: bound
// spec: sec-bit-ops "Operations on fixed-width bit types (unsigned integers)": "where H and L must be expressions that evaluate to non-negative, local compile-time known values, and H >= L."
#include <core.p4>
control c(in bit<8> x, out bit<4> r) {
    apply {
        r = x[2:5];
    }
}
