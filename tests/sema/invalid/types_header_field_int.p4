// expect-error: 5:5: not allowed
// spec: sec-type-nesting "Type nesting rules": table row "int": container "header" is "error"
#include <core.p4>
header H {
    int a;
}
