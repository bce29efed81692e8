// expect-error: 6:15: compile-time
// spec: sec-illegal-arith "Illegal arithmetic expressions": "1 << x | Either LHS should have a fixed width (bit shift), Or RHS must be compile-time known (int shift)"
#include <core.p4>
control c(in bit<8> x, out bit<32> r) {
    apply {
        r = 1 << x;
    }
}
