// expect-error: 7:13: undeclared
// spec: sec-enum-exprs "Operations on enum types": "Symbolic names declared by an enum belong to the namespace introduced by the enum declaration rather than the top-level namespace."
#include <core.p4>
enum E { A, B }
control c(out E e) {
    apply {
        e = B;
    }
}
