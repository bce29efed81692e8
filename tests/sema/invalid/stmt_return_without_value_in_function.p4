// expect-error: 5:5: return
// spec: sec-functions "Function declarations": "A function with a non-void return type must return a value of the suitable type on all possible execution paths."
#include <core.p4>
bit<8> f(in bit<8> x) {
    return;
}
