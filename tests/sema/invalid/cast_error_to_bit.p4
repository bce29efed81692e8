// expect-error: 6:13: cannot cast
// spec: sec-casts "Explicit casts": "The following casts are legal in P4" (error does not appear in the list)
#include <core.p4>
control c(in error e, out bit<8> r) {
    apply {
        r = (bit<8>)e;
    }
}
