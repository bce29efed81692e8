// expect-error: 6:9: recursive
// spec: sec-calling-restrictions "Restrictions on compile time and run time calls": "There may not be any recursion in calls, neither by a thing calling itself directly, nor mutual recursion."
#include <core.p4>
control c(inout bit<8> x) {
    apply {
        c.apply(x);
    }
}
