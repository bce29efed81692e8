// expect-error: 4:8: optional
// spec: sec-optional-parameters "Optional parameters": "Optional parameters can only appear for arguments of: packages, parser types, control types, extern functions, extern methods, and extern object constructors."
#include <core.p4>
void f(@optional in bit<8> x) {
}
