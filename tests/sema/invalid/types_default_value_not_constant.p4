// expect-error: 5:28: compile-time
// spec: sec-calling-convention "Calling convention: call by copy in/copy out": "and the expressions supplied as defaults must be compile-time known values."
#include <core.p4>
control c(inout bit<8> x) {
    action a(in bit<8> y = x) {
        x = y;
    }
    apply {
        a();
    }
}
