// expect-error: 7:9: read-only
// spec: sec-ops-on-hdrs "Operations on headers": "The method setValid() sets the header's validity bit to \"true\". It can only be applied to an l-value."
#include <core.p4>
header H { bit<8> a; }
control c(in H h) {
    apply {
        h.setValid();
    }
}
