// valid: in/out/inout arguments with every kind of l-value (variables, fields, stack elements, slices), expressions for in arguments, compile-time values (including constructor parameters) for directionless extern parameters, non-constant action data in direct action calls
// spec: sec-calling-convention "Calling convention: call by copy in/copy out", sec-lvalues "L-values"
#include <core.p4>

header H {
    bit<8> a;
    bit<8> b;
}

struct S {
    H h;
    H[2] st;
    bit<16> w;
}

extern void put(out bit<8> x);
extern void upd(inout bit<8> x);
extern void rd(in bit<8> x);
extern void cfg(bit<8> k);

action act(in bit<8> i, out bit<8> o, inout bit<8> io, bit<8> data) {
    o = i + data;
    io = io + 1;
}

control c(inout S s, in bit<8> inp, out bit<8> outp)(bit<8> ctorK) {
    apply {
        put(s.h.a);
        upd(s.st[1].b);
        upd(s.h.b);
        rd(inp);
        rd(inp + 1);
        rd(8w3);
        cfg(3);
        cfg(ctorK);
        bit<16> tmp = 0;
        put(tmp[7:0]);
        upd(s.w[15:8]);
        act(inp, outp, s.h.a, inp);
        act(i = 1, o = outp, io = s.w[7:0], data = 2);
        outp = inp;
    }
}
