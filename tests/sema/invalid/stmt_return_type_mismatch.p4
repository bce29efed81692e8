// expect-error: 5:12: incompatible
// spec: sec-return-stmt "Return statement": "in this case the type of the expression must match the return type of the function."
#include <core.p4>
bit<8> f() {
    return 16w1;
}
