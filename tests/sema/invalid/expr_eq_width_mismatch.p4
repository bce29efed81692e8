// expect-error: 6:15: width
// spec: sec-bit-ops "Operations on fixed-width bit types (unsigned integers)": "Test for equality between bit-strings of the same width, designated by ==."
#include <core.p4>
control c(in bit<8> x, in bit<16> y, out bool r) {
    apply {
        r = x == y;
    }
}
