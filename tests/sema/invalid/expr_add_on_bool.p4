// expect-error: 6:15: cannot be applied
// spec: sec-bool-exprs "Expressions on Booleans": "The following operations are provided on Boolean expressions" (and, or, negation, equality and inequality only)
#include <core.p4>
control c(in bool a, in bool b, out bool r) {
    apply {
        r = a + b;
    }
}
