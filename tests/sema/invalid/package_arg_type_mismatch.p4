// expect-error: 9:5: incompatible
// spec: sec-target-instantiation "Example architecture program": "The types of the arguments must match the types of the parameters---after a suitable substitution of the type variables."
#include <core.p4>
control C1(inout bit<8> x);
package Pkg(C1 c);
control impl(inout bit<16> x) {
    apply {}
}
Pkg(impl()) main;
