// expect-error: 6:13: cannot be applied
// spec: sec-bool-exprs "Expressions on Booleans": "P4 does not implicitly cast from bit-strings to Booleans or vice versa."
#include <core.p4>
control c(in bit<1> x, out bool r) {
    apply {
        r = !x;
    }
}
