// expect-error: 7:13: last
// spec: sec-switch-stmt "Switch statement": "It is optional to have a switch case with the default label, but if one is present, it must be the last one in the switch statement."
#include <core.p4>
control c(in bit<8> x, out bit<8> r) {
    apply {
        switch (x) {
            default: { r = 0; }
            1: { r = 1; }
        }
    }
}
