// expect-error: 8:11: read-only
// spec: sec-calling-convention "Calling convention: call by copy in/copy out": "an argument passed as an inout parameter must be an l-value."
#include <core.p4>
extern void g(inout bit<8> x);
const bit<8> K = 1;
control c() {
    apply {
        g(K);
    }
}
