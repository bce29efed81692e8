// expect-error: 7:13: undeclared
// spec: sec-name-resolution "Name resolution": "Identifiers prefixed with a dot are always resolved in the top-level namespace."
#include <core.p4>
control c(out bit<8> y) {
    const bit<8> x = 1;
    apply {
        y = .x;
    }
}
