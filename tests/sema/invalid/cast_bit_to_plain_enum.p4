// expect-error: 7:13: cannot cast
// spec: sec-enum-exprs "Operations on enum types": "Expressions whose type is an enum without a specified underlying type cannot be cast to or from any other type."
#include <core.p4>
enum E { A, B }
control c(in bit<8> x, out E r) {
    apply {
        r = (E)x;
    }
}
