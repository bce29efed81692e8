// expect-error: 4:10: direction
// spec: sec-functions "Function declarations": "Functions can only be declared at the top level and all parameters must have a direction."
#include <core.p4>
bit<8> f(bit<8> x) {
    return x;
}
