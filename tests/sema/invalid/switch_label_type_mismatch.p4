// expect-error: 7:13: incompatible
// spec: sec-switch-stmt "Switch statement": "and must have a type that can be implicitly cast to the type of the switch expression"
#include <core.p4>
control c(in bit<8> x, out bit<8> r) {
    apply {
        switch (x) {
            true: { r = 1; }
        }
    }
}
