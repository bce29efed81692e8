// expect-error: 6:13: width
// spec: sec-numeric-values "Numeric types": "int<W> - a W-bit signed integer where W >= 1"
#include <core.p4>
control c() {
    apply {
        int<0> x;
    }
}
