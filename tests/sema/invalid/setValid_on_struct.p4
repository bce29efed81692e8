// expect-error: 7:11: no member
// spec: sec-ops-on-hdrs "Operations on headers": "In addition, headers support the following methods: ... The method setValid() sets the header's validity bit to \"true\"."
#include <core.p4>
struct S { bit<8> a; }
control c(inout S s) {
    apply {
        s.setValid();
    }
}
