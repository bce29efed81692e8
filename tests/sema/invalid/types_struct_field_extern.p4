// expect-error: 8:5: not allowed
// spec: sec-type-nesting "Type nesting rules": table row "extern types": container "struct or tuple" is "error"
#include <core.p4>
extern E {
    E();
}
struct S {
    E e;
}
