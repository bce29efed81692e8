// expect-error: 9:13: argument
// spec: sec-function-type "Function types": "add, also has a function type, representing the following information: the result type is bit<32>; the function has two inputs"
#include <core.p4>
bit<8> inc(in bit<8> v) {
    return v + 1;
}
control c(inout bit<8> x) {
    apply {
        x = inc(x, 1);
    }
}
