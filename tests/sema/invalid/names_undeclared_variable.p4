// expect-error: 6:13: undeclared
// spec: sec-name-resolution "Name resolution": "References to resolve an identifier are attempted inside-out, starting with the current scope and proceeding to all lexically enclosing scopes."
#include <core.p4>
control c(inout bit<8> x) {
    apply {
        x = y;
    }
}
