// expect-error: 7:19: cannot be applied
// spec: sec-varbit-string "Operations on variable-size bit types": "Variable-length bit-strings support a limited set of operations" (assignment, equality and inequality)
#include <core.p4>
header V { varbit<16> v; }
control c(inout V h) {
    apply {
        h.v = h.v + h.v;
    }
}
