// expect-error: 5:22: compile-time
// spec: sec-constants "Constants": "The initializer expression must be a local compile-time known value."
#include <core.p4>
control c(in bit<8> x) {
    const bit<8> K = x;
    apply {}
}
