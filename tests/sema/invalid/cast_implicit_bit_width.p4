// expect-error: 6:13: incompatible
// spec: sec-implicit-casts "Implicit casts": "P4 only implicitly casts from int to fixed-width types and from enums with an underlying type to the underlying type."
#include <core.p4>
control c(in bit<8> x, out bit<16> r) {
    apply {
        r = x;
    }
}
