// expect-error: 4:36: duplicate
// spec: sec-extern-objects "Extern objects": "Functions and methods are the only P4 constructs that support overloading: there can exist multiple methods with the same name in the same scope."
#include <core.p4>
action a(inout bit<8> x, in bit<8> x) {
}
