// expect-error: 10:13: undeclared
// spec: sec-name-visibility "Visibility": "Declarations within a parser or control are private and cannot be referred to from outside of the enclosing parser or control."
#include <core.p4>
control c1() {
    const bit<8> K = 1;
    apply {}
}
control c2(out bit<8> x) {
    apply {
        x = K;
    }
}
