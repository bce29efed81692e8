// expect-error: 8:13: incompatible
// spec: sec-enum-exprs "Operations on enum types": "a = b; // Error: b is automatically casted to bit<8>, but bit<8> cannot be automatically casted to E1"
#include <core.p4>
enum bit<8> E1 { e1 = 0, e2 = 1, e3 = 2 }
enum bit<8> E2 { e1 = 10, e2 = 11, e3 = 12 }
control c(in E2 b, out E1 a) {
    apply {
        a = b;
    }
}
