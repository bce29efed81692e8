// valid: every operation on int<W> operands of the same type: unary - and +, + - *, & | ^ ~, |+| |-|, comparisons, arithmetic shifts by bit<S> and by constants, slices (unsigned results) and concatenation; int<1>
// spec: sec-int-ops "Operations on fixed-width signed integers"
#include <core.p4>

control c(in int<8> a, in int<8> b, in bit<3> n, in int<1> tiny, out int<8> r, out bool t) {
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
        r = a << n;
        r = a >> n;
        r = a >> 7;
        bit<4> low = a[3:0];
        bit<8> all = a[7:0];
        int<16> wide = a ++ b;
        int<9> ext = a ++ 1w1;
        int<1> neg1 = -1;
        t = tiny == neg1;
        r = a + -1;
    }
}
