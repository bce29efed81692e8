// expect-error: 7:5: not allowed
// spec: sec-header-unions "Header unions": "Each element of the list of fields used to declare a header union must be of header type."
#include <core.p4>
header H { bit<8> a; }
header_union U {
    H h;
    bit<8> b;
}
