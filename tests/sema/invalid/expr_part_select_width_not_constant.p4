// expect-error: 6:18: compile-time
// spec: sec-bit-ops "Operations on fixed-width bit types (unsigned integers)": "A slice may also be specified as [L+:W] where L is the lowest bit of the slice and W is the width of the slice. In this case, only W must be a non-negative local compile-time known numeric value."
#include <core.p4>
control c(in bit<8> x, in bit<3> w, out bit<8> r) {
    apply {
        r = x[0+:w];
    }
}
