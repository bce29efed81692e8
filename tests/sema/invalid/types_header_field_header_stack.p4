// expect-error: 6:5: not allowed
// spec: sec-type-nesting "Type nesting rules": table row "header stacks": container "header" is "error"
#include <core.p4>
header Inner { bit<8> a; }
header Outer {
    Inner[2] s;
}
