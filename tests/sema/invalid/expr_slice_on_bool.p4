// expect-error: 6:14: cannot be applied
// spec: sec-bool-exprs "Expressions on Booleans": "The following operations are provided on Boolean expressions" (and, or, negation, equality and inequality only)
#include <core.p4>
control c(in bool b, out bit<1> r) {
    apply {
        r = b[0:0];
    }
}
