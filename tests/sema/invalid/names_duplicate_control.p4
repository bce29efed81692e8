// expect-error: 7:9: duplicate
// spec: sec-extern-objects "Extern objects": "Notice that overloading of abstract methods, parsers, controls, or packages is not allowed"
#include <core.p4>
control c(inout bit<8> x) {
    apply {}
}
control c(inout bit<8> x, inout bit<8> y) {
    apply {}
}
