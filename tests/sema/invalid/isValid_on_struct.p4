// expect-error: 7:15: no member
// spec: sec-ops-on-hdrs "Operations on headers": "In addition, headers support the following methods: The method isValid() returns the value of the \"validity\" bit of the header."
#include <core.p4>
struct S { bit<8> a; }
control c(in S s, out bool r) {
    apply {
        r = s.isValid();
    }
}
