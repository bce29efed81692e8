// expect-error: 6:17: out of range
// spec: sec-bit-ops "Operations on fixed-width bit types (unsigned integers)": "The conditions 0 <= L <= H < W are checked statically (where W is the length of the source bit-string)."
#include <core.p4>
control c(in bit<8> x, out bit<5> r) {
    apply {
        r = x[3:-1];
    }
}
