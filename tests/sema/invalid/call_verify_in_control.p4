// expect-error: 6:9: not allowed
// spec: sec-verify "verify": "verify can only be invoked within a parser"
#include <core.p4>
control c() {
    apply {
        verify(true, error.NoMatch);
    }
}
