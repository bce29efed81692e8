// expect-error: 7:11: not an l-value
// spec: sec-calling-convention "Calling convention: call by copy in/copy out": "In consequence, an argument passed as an inout parameter must be an l-value."
#include <core.p4>
extern void g(inout bit<8> x);
control c(inout bit<8> y) {
    apply {
        g(y + 1);
    }
}
