// expect-error: 6:15: cannot be applied
// spec: sec-bit-ops "Operations on fixed-width bit types (unsigned integers)": "Concatenation of bit-strings and/or fixed-width signed integers, denoted by ++. The two operands must be either bit<W> or int<W>"
#include <core.p4>
control c(in bit<8> x, out bit<16> r) {
    apply {
        r = x ++ 1;
    }
}
