/* syntax_only/switch_labels.p4: every form of switch label the grammar's
 * nonBraceExpression allows (a label cannot start with `{`, so it is never
 * read as a block): literals `true`, `false`, strings, names and
 * `.names`, `this`, a constructor call, postfix forms (index, slice, part
 * select, member, call, generic call), prefix operators, casts, every binary
 * operator and conditional expressions. Most of these are not compile-time
 * constants of the switch's type, so a type checker rejects them: a syntax
 * test only. */
#include <core.p4>

extern bit<8> value();
extern T generic_value<T>();
const bit<8> K = 1;
header h_t { bit<8> a; bit<16> w; }
extern S { S(bit<8> v); bit<8> f(); }
extern Box {
    Box();
    bit<8> get();
    abstract void check(in bit<8> v);
}

control c(inout h_t h, in bool flag, in h_t[2] stack) {
    Box() box = {
        void check(in bit<8> v) {
            switch (v) {
                this.get(): { }
            }
        }
    };
    apply {
        switch (flag) {
            true: { }
            false:
            default: { }
        }
        switch (h.a) {
            "string label": { }
            K: { }
            .K: { }
            h.a: { }
            h.w[7:0]: { }
            h.w[K +: 8]: { }
            value(): { }
            generic_value<bit<8>>(): { }
            +K: { }
            -K: { }
            ~K: { }
            (bit<8>)h.w: { }
            K * 2 + 1: { }
            flag ? K : 8w2: { }
            !flag ? 8w3 : 8w4: { }
            (K): { }
        }
        switch (h.a) {
            h.a / 2: { }
            h.a % 3: { }
            h.a - 4: { }
            h.a |+| 5: { }
            h.a |-| 6: { }
            h.a << 1: { }
            h.a >> 1: { }
            h.a & 7: { }
            h.a ^ 8: { }
            h.a | 9: { }
            (bit<8>)(h.a <= 1): { }
            (bit<8>)(h.a >= 2): { }
            (bit<8>)(h.a < 3): { }
            (bit<8>)(h.a > 4): { }
            (bit<8>)(h.a != 5): { }
            (bit<8>)(h.a == 6): { }
            h.w[15:8] ++ h.a: { }
            stack[0].a: { }
            S(8w1).f(): { }
        }
        switch (flag) {
            flag && true: { }
            flag || false: { }
            h.a <= 1: { }
            h.a >= 2: { }
            h.a < 3: { }
            h.a > 4: { }
            h.a != 5: { }
            h.a == 6: { }
        }
    }
}
