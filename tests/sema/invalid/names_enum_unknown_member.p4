// expect-error: 7:15: no member
// spec: sec-enum-types "Enumeration types": "An enum declaration introduces a new identifier in the current scope for naming the created type along with its distinct elements."
#include <core.p4>
enum E { A, B }
control c(out E e) {
    apply {
        e = E.C;
    }
}
