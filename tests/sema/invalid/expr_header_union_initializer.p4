// expect-error: 12:13: union
// spec: sec-expr-hu "Operations on header unions": "Unlike headers, a union cannot be initialized."
#include <core.p4>
header H1 { bit<8> f; }
header H2 { bit<16> g; }
header_union U {
    H1 h1;
    H2 h2;
}
control c(out U u) {
    apply {
        u = { h1 = { 8w1 }, h2 = { 16w2 } };
    }
}
