/* stmt_assign.p4: assignments: plain `=` and every compound assignment
 * (`*= /= %= += -= |+|= |-|= <<= >>= &= |= ^=`) to every form of lvalue:
 * names, members, nested members, stack elements, `next` and `last`,
 * slices, part selects `[i +: w]` and lvalues in parentheses, in actions
 * and apply blocks. */
#include <core.p4>

header h_t { bit<8> a; bit<16> b; int<8> s; }
struct inner_t { h_t h; bit<32> w; }
struct outer_t { inner_t in1; h_t[4] stack; }

const bit<8> G = 5;

control c(inout outer_t o, inout bit<32> x) {
    bit<8> i = 0;
    action act() {
        x = 1;
        x *= 2;
        x /= 2;
        x %= 7;
        x += 1;
        x -= 1;
        x |+|= 32w1;
        x |-|= 32w1;
        x <<= 2;
        x >>= 1;
        x &= 0xFF;
        x |= 0x100;
        x ^= 0xFFFF;
    }
    apply {
        act();
        o.in1.w = x;
        o.in1.h.a = G;
        o.in1.h.b = (bit<16>)o.in1.h.a;
        o.in1.h.s = -8s1;
        o.stack[0].a = 1;
        o.stack[i].b = 2;
        o.stack[i + 1].a = o.stack[0].a;
        o.stack.next.a = 3;
        o.stack.last.b = 4;
        x[7:0] = 8w0xAB;
        x[31:16] = o.in1.h.b;
        o.in1.w[3:0] = 4w0;
        x[i +: 4] = 4w0xF;
        o.in1.h.b[i +: 8] = 8w1;
        o.stack[1].b[15:8] = 0;
        (x) = 5;
        (o.in1).w = 6;
        ((o.in1.h)).a = 7;
        (o.stack[2]).b = 8;
        (o.stack)[3].a = 9;
        o.in1.h.a += 1;
        o.stack[0].b <<= 1;
        x[15:0] ^= 16w0xFFFF;
        o.in1.h.s |-|= 8s1;
        o.in1.h.s |+|= 8s1;
    }
}
