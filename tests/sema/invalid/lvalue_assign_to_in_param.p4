// expect-error: 5:5: read-only
// spec: sec-calling-convention "Calling convention: call by copy in/copy out": "in parameters are read-only. It is an error to use an in parameter on the left-hand side of an assignment"
#include <core.p4>
action a(in bit<8> x) {
    x = 1;
}
