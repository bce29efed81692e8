// expect-error: 7:15: cannot be applied
// spec: sec-enum-exprs "Operations on enum types": "enum expressions without a specified underlying type only support equality (==) and inequality (!=) comparisons."
#include <core.p4>
enum E { A, B }
control c(in E a, in E b, out bool r) {
    apply {
        r = a < b;
    }
}
