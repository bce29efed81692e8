// expect-error: 5:5: return
// spec: sec-return-stmt "Return statement": "return statements followed by an expression are only allowed within functions that return values"
#include <core.p4>
void f() {
    return 1;
}
