// expect-error: 6:15: unsigned
// spec: sec-illegal-arith "Illegal arithmetic expressions": "x << z | RHS of shift cannot be signed"
#include <core.p4>
control c(in bit<8> x, in int<8> z, out bit<8> r) {
    apply {
        r = x << z;
    }
}
