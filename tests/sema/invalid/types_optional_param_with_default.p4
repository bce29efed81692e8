// expect-error: 4:39: optional
// spec: sec-optional-parameters "Optional parameters": "Optional parameters cannot have default values."
#include <core.p4>
extern void f(@optional in bit<8> x = 1);
