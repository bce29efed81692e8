// expect-error: 4:11: directionless
// spec: sec-arbitrary-precision-integers "Arbitrary-precision integers": "Parameters with type int for other callable entities of a program, e.g. controls, parsers, or functions, must be directionless"
#include <core.p4>
control c(in int x) {
    apply {}
}
