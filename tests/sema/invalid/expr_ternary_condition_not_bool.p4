// expect-error: 6:13: bool
// spec: "Conditional operator": "The first sub-expression e1 must have Boolean type"
#include <core.p4>
control c(in bit<1> x, out bit<8> r) {
    apply {
        r = x ? 8w1 : 8w2;
    }
}
