// expect-error: 7:17: duplicate
// spec: sec-extern-objects "Extern objects": "Functions and methods are the only P4 constructs that support overloading: there can exist multiple methods with the same name in the same scope."
#include <core.p4>
control c() {
    apply {
        bit<8> x = 1;
        bit<16> x = 2;
    }
}
