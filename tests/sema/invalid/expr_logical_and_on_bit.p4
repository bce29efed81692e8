// expect-error: 6:15: cannot be applied
// spec: sec-bool-exprs "Expressions on Booleans": "P4 does not implicitly cast from bit-strings to Booleans or vice versa."
#include <core.p4>
control c(in bit<1> x, in bit<1> y, out bool r) {
    apply {
        r = x && y;
    }
}
