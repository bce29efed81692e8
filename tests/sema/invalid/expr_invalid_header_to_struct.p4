// expect-error: 7:13: incompatible
// spec: sec-ops-on-hdrs "Operations on headers": "The expression {#} represents an invalid header of some type, but it can be any header or header union type."
#include <core.p4>
struct S { bit<8> a; }
control c(out S s) {
    apply {
        s = {#};
    }
}
