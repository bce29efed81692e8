// expect-error: 7:11: read-only
// spec: sec-calling-convention "Calling convention: call by copy in/copy out": "It is an error to use an in parameter on the left-hand side of an assignment or to pass it to a callee as a non-in argument."
#include <core.p4>
extern void f(out bit<8> x);
control c(in bit<8> y) {
    apply {
        f(y);
    }
}
