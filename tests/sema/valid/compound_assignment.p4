// valid: compound assignments += -= *= &= |= ^= |+|= |-|= <<= >>= on bit<W> and int<W> l-values, including slices and fields, with int right-hand sides cast implicitly
// spec: sec-assignment "Assignment statement"
#include <core.p4>

header H {
    bit<16> f;
}

control c(inout bit<8> x, inout int<8> s, inout H h, in bit<3> n) {
    apply {
        x += 1;
        x -= 2;
        x *= 3;
        x &= 0xF;
        x |= 0x10;
        x ^= x;
        x |+|= 200;
        x |-|= 1;
        x <<= 1;
        x >>= n;
        s += -1;
        s |-|= 5;
        x[3:0] += 4w1;
        h.f += 16w0x100;
    }
}
