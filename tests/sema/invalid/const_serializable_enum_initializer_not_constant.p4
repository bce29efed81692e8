// expect-error: 7:21: compile-time
// spec: sec-enum-types "Enumeration types": "The initializer expression must be a compile-time known value."
#include <core.p4>
bit<8> one() {
    return 1;
}
enum bit<8> E { A = one() }
