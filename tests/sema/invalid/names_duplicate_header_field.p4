// expect-error: 6:12: duplicate
// spec: sec-header-types "Header types": "Field names have to be distinct."
#include <core.p4>
header H {
    bit<8> a;
    bit<8> a;
}
