// expect-error: 5:14: duplicate
// spec: sec-extern-objects "Extern objects": "Functions and methods are the only P4 constructs that support overloading: there can exist multiple methods with the same name in the same scope."
#include <core.p4>
const bit<8> K = 1;
const bit<8> K = 2;
