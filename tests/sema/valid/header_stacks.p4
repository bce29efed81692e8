// valid: header stack operations outside parsers: constant and runtime indexing, size (also as a width), push_front/pop_front, assignment and equality of same-sized stacks, header stack expressions with ... and casts
// spec: sec-expr-hs "Operations on header stacks", sec-hs-init "Header stack expressions"
#include <core.p4>

header H {
    bit<8> a;
}

const bit<32> N = 4;

control c(inout H[N] hs, in bit<32> i, out bool v, out bit<32> sz) {
    apply {
        hs[0].a = 1;
        hs[N - 1].setValid();
        hs[i].a = 2;
        sz = hs.size;
        bit<(hs.size)> four = 4w0;
        hs.push_front(1);
        hs.pop_front(2);
        H[N] copy = hs;
        v = copy == hs;
        copy = { { 1 }, { 2 }, { 3 }, { 4 } };
        copy = (H[N]){ { 1 }, { 2 }, (H){#}, (H){#} };
        H[N] partial = { { 1 }, { 2 }, ... };
        v = hs != copy;
        hs[0] = { 5 };
        hs[1] = hs[0];
        v = hs[2].isValid();
    }
}
