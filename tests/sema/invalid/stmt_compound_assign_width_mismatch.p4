// expect-error: 6:11: width
// spec: sec-assignment "Assignment statement": "Thus an assignment like A += B is equivalent to A = A + B, except that A is only evaluated once."
#include <core.p4>
control c(inout bit<8> x, in bit<16> y) {
    apply {
        x += y;
    }
}
