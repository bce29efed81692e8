// expect-error: 6:5: not allowed
// spec: sec-type-nesting "Type nesting rules": table row "error": container "header" is "error"
#include <core.p4>
header H {
    bit<8> a;
    error e;
}
