// expect-error: 7:13: void
// spec: "The void type": "The void type is written void. It contains no values."
#include <core.p4>
extern void f();
control c(out bit<8> x) {
    apply {
        x = f();
    }
}
