// expect-error: 8:12: duplicate
// spec: sec-extern-objects "Extern objects": "Functions and methods are the only P4 constructs that support overloading: there can exist multiple methods with the same name in the same scope."
#include <core.p4>
control c(inout bit<8> x) {
    action a() {
        x = 1;
    }
    action a(bit<8> v) {
        x = v;
    }
    apply {}
}
