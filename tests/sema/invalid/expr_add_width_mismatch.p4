// expect-error: 6:15: width
// spec: sec-bit-ops "Operations on fixed-width bit types (unsigned integers)": "All binary operations except shifts and concatenation require both operands to have the same exact type and width; supplying operands with different widths produces an error at compile time."
#include <core.p4>
control c(in bit<8> x, in bit<16> y, out bit<16> r) {
    apply {
        r = x + y;
    }
}
