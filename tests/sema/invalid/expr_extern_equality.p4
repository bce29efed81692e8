// expect-error: 11:16: cannot be applied
// spec: sec-extern-operations "Operations on extern objects": "No other operations are available on extern objects, e.g., equality comparison is not defined."
#include <core.p4>
extern E {
    E();
}
control c(out bool r) {
    E() e1;
    E() e2;
    apply {
        r = e1 == e2;
    }
}
