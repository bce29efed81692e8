// expect-error: 5:12: recursive
// spec: sec-functions "Function declarations": "but the language does not permit recursive functions."
#include <core.p4>
bit<8> f(in bit<8> x) {
    return f(x);
}
