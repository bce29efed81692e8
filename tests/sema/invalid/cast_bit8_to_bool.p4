// expect-error: 6:13: cannot cast
// spec: sec-casts "Explicit casts": "The following casts are legal in P4" ... "bit<1> <-> bool: converts the value 0 to false, the value 1 to true, and vice versa." (only bit<1>)
#include <core.p4>
control c(in bit<8> x, out bool r) {
    apply {
        r = (bool)x;
    }
}
