// expect-error: 6:15: out of range
// spec: sec-bit-ops "Operations on fixed-width bit types (unsigned integers)": "L must also be a numeric value ... It must also be non-negative and in-range for the type."
#include <core.p4>
control c(in bit<8> x, out bit<1> r) {
    apply {
        r = x[8+:1];
    }
}
