// expect-error: 7:11: not an l-value
// spec: sec-calling-convention "Calling convention: call by copy in/copy out": "An argument passed as an out parameter must be an l-value"
#include <core.p4>
extern void f(out bit<8> x);
control c() {
    apply {
        f(8w1);
    }
}
