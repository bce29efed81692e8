// expect-error: 6:9: read-only
// spec: sec-invoke-actions "Invoking actions": "Directionless parameters behave like in parameters" and sec-calling-convention: "in parameters are read-only."
#include <core.p4>
control c(inout bit<8> x) {
    action a(bit<8> d) {
        d = 1;
        x = d;
    }
    apply {}
}
