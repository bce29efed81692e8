// valid: every operation on bit<W> operands of the same width: unary - and +, + - *, & | ^ ~, |+| |-|, == != < <= > >=, shifts, slices and concatenation; bit<1> and wide values
// spec: sec-bit-ops "Operations on fixed-width bit types (unsigned integers)"
#include <core.p4>

control c(in bit<8> a, in bit<8> b, in bit<1> one, in bit<128> big, out bit<8> r, out bool t) {
    apply {
        r = -a;
        r = +a;
        r = a + b;
        r = a - b;
        r = a * b;
        r = a & b;
        r = a | b;
        r = a ^ b;
        r = ~a;
        r = a |+| b;
        r = a |-| b;
        t = a == b;
        t = a != b;
        t = a < b;
        t = a <= b;
        t = a > b;
        t = a >= b;
        r = a << 2;
        r = a >> b;
        bit<4> hi = a[7:4];
        bit<16> w = a ++ b;
        bit<1> flip = ~one;
        bit<128> sum = big + big;
        t = big[127:127] == 1;
        r = (a + b) * (a - b) ^ 8w0x5A;
    }
}
