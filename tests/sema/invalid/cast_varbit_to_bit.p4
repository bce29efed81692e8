// expect-error: 7:13: cannot cast
// spec: sec-casts "Explicit casts": "The following casts are legal in P4" (varbit does not appear in the list)
#include <core.p4>
header V { varbit<8> v; }
control c(in V h, out bit<8> r) {
    apply {
        r = (bit<8>)h.v;
    }
}
