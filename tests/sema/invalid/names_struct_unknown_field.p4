// expect-error: 7:11: no member
// spec: sec-ops-on-structs "Operations on struct types": "The only operation defined on expressions whose type is a struct is field access, written using dot (\".\") notation---e.g., s.field."
#include <core.p4>
struct S { bit<8> a; }
control c(inout S s) {
    apply {
        s.b = 1;
    }
}
