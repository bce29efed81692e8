// expect-error: 10:18: not allowed
// spec: sec-calling-restrictions "Restrictions on compile time and run time calls": instantiation table row "package": column "control" is "no"
#include <core.p4>
control C();
package Pkg(C c);
control inner() {
    apply {}
}
control outer() {
    Pkg(inner()) p;
    apply {}
}
