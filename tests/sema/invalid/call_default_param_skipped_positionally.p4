// expect-error: 7:9: argument
// spec: sec-calling-convention "Calling convention: call by copy in/copy out": "// f(1, 3); // illegal, since the parameter b is not the last in the list"
#include <core.p4>
extern void f(in bit a, in bit<3> b = 2, in bit<5> c);
control ctl() {
    apply {
        f(1, 3);
    }
}
