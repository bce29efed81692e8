// expect-error: 7:18: compile-time
// spec: sec-constants "Constants": "The initializer expression must be a local compile-time known value."
#include <core.p4>
bit<8> one() {
    return 1;
}
const bit<8> K = one();
