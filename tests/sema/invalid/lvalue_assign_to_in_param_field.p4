// expect-error: 6:5: read-only
// spec: sec-calling-convention "Calling convention: call by copy in/copy out": "in parameters are read-only. It is an error to use an in parameter on the left-hand side of an assignment"
#include <core.p4>
struct S { bit<8> f; }
action a(in S s) {
    s.f = 1;
}
