// expect-error: 8:13: duplicate
// spec: sec-switch-stmt "Switch statement": "It is a compile-time error if two labels of a switch statement equal each other."
#include <core.p4>
control c(in bit<8> x, out bit<8> r) {
    apply {
        switch (x) {
            1: { r = 1; }
            1: { r = 2; }
        }
    }
}
