// expect-error: 6:9: return
// spec: sec-return-stmt "Return statement": "return statements followed by an expression are only allowed within functions that return values"
#include <core.p4>
control c() {
    apply {
        return 1;
    }
}
