// expect-error: 6:15: incompatible
// spec: "Conditional operator": "the second and third sub-expressions must have the same type"
#include <core.p4>
control c(in bool b, out bit<16> r) {
    apply {
        r = b ? 8w1 : 16w2;
    }
}
