// valid: compile-time evaluation: widths computed from constants (bit<(X + 2)>), header field widths and stack sizes from constants, wrap-around of bit<W> constant arithmetic checked through a width, minSizeInBits of a type and of a value used as widths, constant stack indices
// spec: sec-compile-time-known "Compile-time known and local compile-time known values", sec-unsigned-integers, sec-minsizeinbits
#include <core.p4>

const bit<32> X = 10;
const bit<(X + 2)> Y = 15;
const int N = 4;
const int W = N * 2;
const bit<8> WRAP = 8w255 + 8w2;
const bit<4> SUB_WRAP = 4w1 - 4w3;

header H {
    bit<(W)> f;
}

control c(inout H[N] hs, out bit<(W * 2)> wide) {
    apply {
        bit<12> y = Y;
        bit<(WRAP)> one = 1w1;
        bit<(SUB_WRAP)> fourteen = 14w0;
        bit<8> f0 = hs[N - 1].f;
        wide = hs[0].f ++ hs[1].f;
        bit<(H.minSizeInBits())> eight = 8w0;
        bit<(hs[0].minSizeInBytes())> one_byte = 1w0;
        bit<(hs.maxSizeInBits())> thirty_two = 32w0;
        const int LOCAL = W + 1;
        bit<(LOCAL)> nine = 9w0;
    }
}
