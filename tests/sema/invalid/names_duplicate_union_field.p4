// expect-error: 8:8: duplicate
// spec: sec-header-unions "Header unions": "Field names have to be distinct."
#include <core.p4>
header H1 { bit<8> f; }
header H2 { bit<16> g; }
header_union U {
    H1 h;
    H2 h;
}
