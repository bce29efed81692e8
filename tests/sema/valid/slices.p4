// valid: slices [H:L] and [L+:W] of bit<W>, int<W> and int, with constant-expression and serializable-enum bounds, a runtime bit<W> low index for [L+:W], slices of slices, and slices as l-values
// spec: sec-bit-ops "Operations on fixed-width bit types (unsigned integers)", sec-lvalues "L-values"
#include <core.p4>

const int LO = 2;

enum bit<8> Idx {
    i3 = 3
}

control c(inout bit<16> x, in int<8> s, in bit<4> n, out bit<4> r) {
    apply {
        r = x[3:0];
        r = x[LO + 3:LO];
        bit<1> top = x[15:15];
        x[7:0] = 8w0xAB;
        x[15:12] = r;
        bit<8> sl = s[7:0];
        bit<4> p = x[4+:4];
        bit<4> q = x[n+:4];
        bit<2> e = x[Idx.i3:2];
        bit<2> nested = x[7:0][3:2];
        x[0+:1] = 1w1;
        bit<3> fromInt = 12[3:1];
    }
}
