// expect-error: 6:13: undeclared
// spec: sec-error-exprs "Operations on error types": "Symbolic names declared by an error declaration belong to the error namespace."
#include <core.p4>
control c(out error e) {
    apply {
        e = NoError;
    }
}
