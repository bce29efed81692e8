// expect-error: 5:5: not allowed
// spec: sec-type-nesting "Type nesting rules": table row "string": container "struct or tuple" is "error"
#include <core.p4>
struct S {
    string s;
}
