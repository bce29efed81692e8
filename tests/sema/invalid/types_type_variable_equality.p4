// expect-error: 5:11: cannot be applied
// spec: sec-type-variable-operations "Operations on types that are type variables": "Currently the only operations that are available for such values are assignment (explicit through =, or implicit, through argument passing)."
#include <core.p4>
void f<T>(in T a, in T b, out bool r) {
    r = a == b;
}
