// expect-error: 6:14: cannot be applied
// spec: sec-expr-array "Operations on arrays": "Arrays can be indexed with an expression to select one element of the array." (bit<W> is not an array; bits are selected with slices)
#include <core.p4>
control c(in bit<8> x, out bit<1> r) {
    apply {
        r = x[0];
    }
}
