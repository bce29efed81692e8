// expect-error: 5:22: compile-time
// spec: sec-constants "Constants": "The initializer expression must be a local compile-time known value." and sec-compile-time-known: constructor parameters are compile-time known but not local compile-time known
#include <core.p4>
control c()(bit<8> k) {
    const bit<8> K = k;
    apply {}
}
