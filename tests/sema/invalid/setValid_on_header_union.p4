// expect-error: 12:11: no member
// spec: sec-expr-hu "Operations on header unions": "setValid() and setInvalid() methods are not defined for header unions."
#include <core.p4>
header H1 { bit<8> f; }
header H2 { bit<16> g; }
header_union U {
    H1 h1;
    H2 h2;
}
control c(inout U u) {
    apply {
        u.setValid();
    }
}
