// expect-error: 7:29: duplicate
// spec: sec-structure-expressions "Operations on structure-valued expressions": "It is a compile-time error if a field name appears more than once in the same structure-valued expression."
#include <core.p4>
struct S { bit<8> a; bit<8> b; }
control c(out S s) {
    apply {
        s = { a = 1, b = 2, a = 3 };
    }
}
