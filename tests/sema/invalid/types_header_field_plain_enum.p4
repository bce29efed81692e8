// expect-error: 6:5: not allowed
// spec: sec-type-nesting "Type nesting rules": "[1] An enum type used as a field in a header must specify a underlying type and representation for enum elements."
#include <core.p4>
enum E { A, B }
header H {
    E e;
}
