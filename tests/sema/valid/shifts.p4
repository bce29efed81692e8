// valid: shifts of bit<W> and int<W> by int constants (including amounts >= the width) and by bit<S> values, shifts of int by constants, shifts by a serializable enum, compound shift assignments
// spec: sec-bit-ops, sec-int-ops, "A note about shifts"
#include <core.p4>

enum bit<4> Amount {
    two = 2
}

control c(in bit<8> x, in bit<3> n, in int<8> s, in bit<16> y, out bit<8> r, out int<8> q, out bit<16> w) {
    apply {
        r = x << 3;
        r = x >> 7;
        r = x << 8;
        w = y << 1024;
        r = x << n;
        r = x >> n;
        q = s >> 2;
        q = s << n;
        q = s >> 9;
        w = (bit<16>)x << 8;
        w = y << Amount.two;
        const int K = 3 << 2;
        bit<(K)> twelve = 12w0;
        r <<= 1;
        r >>= n;
    }
}
