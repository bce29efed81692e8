// expect-error: 6:13: cannot cast
// spec: sec-illegal-arith "Illegal arithmetic expressions": "(int<8>)y | Cannot change both sign and width"
#include <core.p4>
control c(in bit<16> y, out int<8> r) {
    apply {
        r = (int<8>)y;
    }
}
