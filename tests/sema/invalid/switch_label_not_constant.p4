// expect-error: 7:13: compile-time
// spec: sec-switch-stmt "Switch statement": "All switch labels must be expressions with compile-time known values"
#include <core.p4>
control c(in bit<8> x, in bit<8> y, out bit<8> r) {
    apply {
        switch (x) {
            y: { r = 1; }
        }
    }
}
