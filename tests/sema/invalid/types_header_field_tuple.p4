// expect-error: 5:5: not allowed
// spec: sec-type-nesting "Type nesting rules": table row "tuple types": container "header" is "error"
#include <core.p4>
header H {
    tuple<bit<8>, bit<8>> t;
}
