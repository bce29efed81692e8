// expect-error: 4:8: return
// spec: sec-functions "Function declarations": "A function with a non-void return type must return a value of the suitable type on all possible execution paths."
#include <core.p4>
bit<8> f(in bool b) {
    if (b) {
        return 1;
    }
}
