// expect-error: 6:15: out of range
// spec: sec-tuple-exprs "Operations on tuple expressions": "The fields of a tuple can be accessed using array index syntax x[0], x[1]. The indexes must be local compile-time known values, to enable the type-checker to identify the field types statically."
#include <core.p4>
control c(in tuple<bit<8>, bool> t, out bit<8> r) {
    apply {
        r = t[2];
    }
}
