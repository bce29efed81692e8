// valid: compile-time arithmetic on int: + - * / % << >>, unary - and +, comparisons, slices of int, and int constants used as widths (each width checks a computed value)
// spec: sec-varint-ops "Operations on arbitrary-precision integers", sec-arbitrary-precision-integers
#include <core.p4>

const int A = 5;
const int B = 2 * A;
const int C = B - A + 3;
const int D = -A;
const int Q = B / 3;
const int M = B % 3;
const int SH = 1 << 10;
const int SR = SH >> 3;
const bool LT = A < B;
const bool EQ = A == 5;
const bool GE = D >= -5;
const int P = +A;
const bit<8> FROM_INT = C;
const int<8> SIGNED_FROM_INT = D;
const bit<4> SL = B[3:0];
const bit<4> NEGSL = D[3:0];

control c() {
    apply {
        bit<(C)> w8 = 8w1;
        bit<(Q)> w3 = 3w1;
        bit<(M)> w1 = 1w1;
        bit<(SR / 16)> w8b = 8w0;
        bit<(P)> w5 = 5w0;
        bit<(SH - 1020)> w4 = 4w0;
        bit<4> ten = SL;
        bool ok = LT && EQ && GE;
    }
}
