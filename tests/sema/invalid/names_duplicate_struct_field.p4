// expect-error: 6:13: duplicate
// spec: sec-struct-types "Struct types": "Field names have to be distinct."
#include <core.p4>
struct S {
    bit<8> a;
    bit<16> a;
}
