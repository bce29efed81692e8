// expect-error: 7:13: argument
// spec: sec-ops-on-hdrs "Operations on headers": "The method isValid() returns the value of the \"validity\" bit of the header."
#include <core.p4>
header H { bit<8> a; }
control c(in H h, out bool r) {
    apply {
        r = h.isValid(1);
    }
}
