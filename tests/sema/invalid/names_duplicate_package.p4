// expect-error: 6:9: duplicate
// spec: sec-extern-objects "Extern objects": "Notice that overloading of abstract methods, parsers, controls, or packages is not allowed"
#include <core.p4>
control C(inout bit<8> x);
package Pkg(C c);
package Pkg(C c1, C c2);
