// expect-error: 6:13: bool
// spec: sec-cond-stmt "Conditional statement": "However, the condition expression in P4 is required to be a Boolean (and not an integer)."
#include <core.p4>
control c(in bit<1> x, out bit<8> r) {
    apply {
        if (x) {
            r = 1;
        }
    }
}
