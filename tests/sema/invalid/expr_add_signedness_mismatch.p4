// expect-error: 6:15: signedness
// spec: sec-int-ops "Operations on fixed-width signed integers": "All binary operations except shifts and concatenation require both operands to have the same exact type (signedness) and width and supplying operands with different widths or signedness produces a compile-time error."
#include <core.p4>
control c(in bit<8> x, in int<8> z, out bit<8> r) {
    apply {
        r = x + z;
    }
}
