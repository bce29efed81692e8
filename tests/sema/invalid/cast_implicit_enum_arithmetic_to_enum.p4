// expect-error: 7:13: incompatible
// spec: sec-enum-exprs "Operations on enum types": "a = E1.e1 + 1; // Error: E.e1 is automatically casted to bit<8>, and the right-hand expression has the type bit<8>, which cannot be casted to E automatically."
#include <core.p4>
enum bit<8> E1 { e1 = 0, e2 = 1, e3 = 2 }
control c(out E1 a) {
    apply {
        a = E1.e1 + 1;
    }
}
