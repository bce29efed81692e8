// expect-error: 6:15: compile-time
// spec: sec-tuple-exprs "Operations on tuple expressions": "The indexes must be local compile-time known values, to enable the type-checker to identify the field types statically."
#include <core.p4>
control c(in tuple<bit<8>, bool> t, in bit<1> i, out bit<8> r) {
    apply {
        r = t[i];
    }
}
