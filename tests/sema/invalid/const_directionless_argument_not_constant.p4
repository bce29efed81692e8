// expect-error: 7:11: compile-time
// spec: sec-calling-convention "Calling convention: call by copy in/copy out": "For anything other than an action, e.g. a control, parser, or function, a directionless parameter means that the value supplied as an argument in a call must be a compile-time known value"
#include <core.p4>
extern void f(bit<8> k);
control c(in bit<8> x) {
    apply {
        f(x);
    }
}
