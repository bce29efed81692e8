/* expr_postfix.p4: postfix expressions: member access (nested, on call
 * results, on stack elements), indexing with constants and expressions,
 * slices `e[7:0]` with constant-expression bounds, part selects
 * `e[i +: 4]`, chains of slices, stack members `next`, `last`,
 * `lastIndex`, `size`, calls on members, calls whose results are indexed or
 * selected, `isValid()`, and postfix binding tighter than prefix. */
#include <core.p4>

header h_t { bit<8> a; bit<32> w; }
struct inner_t { h_t h; h_t[4] stack; }
struct outer_t { inner_t inner; }

extern Reg { Reg(); h_t read_h(); bit<32> read(); }

control c(inout inner_t s, out bit<32> r, out bool b) {
    Reg() reg;
    table t { actions = { NoAction; } }
    apply {
        r = s.h.w;
        r = (bit<32>)s.stack[0].a;
        r = s.stack[1 + 1].w;
        r = s.stack[s.h.a].w;
        r = s.stack.last.w;
        r = s.stack.next.w;
        r = s.stack.lastIndex;
        r = s.stack.size;
        r = (bit<32>)s.h.w[7:0];
        r = (bit<32>)s.h.w[31:24];
        r = (bit<32>)s.h.w[8 * 2 - 1 : 8];
        r = (bit<32>)s.h.w[15:0][7:0][3:0];
        r = (bit<32>)s.h.w[s.h.a +: 8];
        r = (bit<32>)s.h.w[(s.h.a + 1) +: 4][1:0];
        r = s.stack[0].w[31:0];
        r = reg.read();
        r = reg.read_h().w;
        r = (bit<32>)reg.read_h().w[7:0];
        r = reg.read()[31:0];
        b = s.h.isValid();
        b = s.stack[2].isValid() && s.stack.last.isValid();
        b = t.apply().hit;
        b = t.apply().miss;
        b = !t.apply().hit;
        r = -s.h.w[7:0] ++ 24w0;
        r = ~s.stack[0].w;
        r = (s.h).w;
        r = ((s).stack[1]).w;
    }
}
