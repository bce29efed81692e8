// expect-error: 6:16: cannot be applied
// spec: sec-error-exprs "Operations on error types": "The error type only supports equality (==) and inequality (!=) comparisons."
#include <core.p4>
control c(in error e1, in error e2, out bool r) {
    apply {
        r = e1 < e2;
    }
}
