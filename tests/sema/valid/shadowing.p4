// valid: shadowing that the spec allows (at most a warning): control locals and constants shadowing top-level names, block-local declarations shadowing control constants, parameters named like top-level constants, and .name reaching the top level
// spec: sec-name-resolution "Name resolution"
#include <core.p4>

const bit<32> x = 2;
const bit<4> y4 = 1;

control c(out bit<32> outv) {
    int<32> x = 0;
    apply {
        x = x + (int<32>).x;
        outv = .x;
    }
}

control p() {
    const bit<8> y4 = 8;
    const bit<4> z = .y4;
    const bit<8> w = y4;
    apply {
        {
            bit<16> y4 = 3;
            bit<16> v = y4 + 1;
        }
    }
}

action a(in bit<8> x) {
    bit<8> t = x;
}
