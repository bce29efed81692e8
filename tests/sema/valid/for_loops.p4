// valid: three-clause for loops (with several declarations and updates), for-in over a range and over a header stack, break and continue inside loop bodies
// spec: sec-loop-stmt "For statement"
#include <core.p4>

header H {
    bit<8> a;
}

control c(inout H[4] hs, inout bit<8> sum) {
    apply {
        for (bit<8> i = 0; i < 4; i = i + 1) {
            sum = sum + i;
        }
        for (bit<8> i = 0, bit<8> j = 10; i < j; i = i + 1, j = j - 1) {
            sum = sum + 1;
        }
        for (bit<8> k in 1 .. 4) {
            if (k == 2) {
                continue;
            }
            if (k == 3) {
                break;
            }
            sum = sum + k;
        }
        for (H h in hs) {
            sum = sum + h.a;
        }
    }
}
