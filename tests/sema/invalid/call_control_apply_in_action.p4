// expect-error: 10:9: not allowed
// spec: sec-actions "Actions": "No table, control, or parser applications can appear within actions."
#include <core.p4>
control callee(inout bit<8> x) {
    apply {}
}
control c(inout bit<8> x) {
    callee() ci;
    action a() {
        ci.apply(x);
    }
    apply {}
}
