// expect-error: 4:13: directionless
// spec: sec-parameterization "Parameterization": "Constructor parameters must be directionless (i.e., they cannot be in, out, or inout)"
#include <core.p4>
control c()(in bit<8> k) {
    apply {}
}
