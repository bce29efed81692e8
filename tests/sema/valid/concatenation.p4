// valid: concatenation of bit<W> and int<W> operands of any widths and signedness; the result takes the left operand's signedness and the sum of the widths
// spec: sec-concatenation "Concatenation", sec-bit-ops
#include <core.p4>

control c(in bit<8> a, in int<4> s, in bit<1> b, out bit<16> r, out int<12> q, out bit<9> t) {
    apply {
        r = a ++ a;
        q = s ++ a;
        t = b ++ a;
        bit<13> u = a ++ (bit<4>)s ++ b;
        int<12> v = s ++ 8w1;
        bit<12> w = a ++ s;
        bit<24> three = a ++ a ++ a;
        bit<4> z = 2w1 ++ 2w2;
    }
}
