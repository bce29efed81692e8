// expect-error: 4:30: default
// spec: sec-calling-convention "Calling convention: call by copy in/copy out": "Default expressions are only allowed for 'in' or direction-less parameters"
#include <core.p4>
extern void f(out bit<8> x = 1);
