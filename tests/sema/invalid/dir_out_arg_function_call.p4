// expect-error: 10:11: not an l-value
// spec: sec-lvalues "L-values": "Note that method and function calls cannot return l-values."
#include <core.p4>
extern void f(out bit<8> x);
bit<8> h() {
    return 1;
}
control c() {
    apply {
        f(h());
    }
}
