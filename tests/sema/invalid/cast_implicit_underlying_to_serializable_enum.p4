// expect-error: 7:13: incompatible
// spec: sec-enum-exprs "Operations on enum types": "Implicit casting from an underlying fixed-width type to an enum is *not* supported."
#include <core.p4>
enum bit<8> E { e1 = 0, e2 = 1 }
control c(in bit<8> x, out E a) {
    apply {
        a = x;
    }
}
