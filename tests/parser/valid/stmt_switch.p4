/* stmt_switch.p4: switch statements on `t.apply().action_run` with action
 * labels, fall-through labels (a label with no block), `default` (with a
 * block and as a fall-through label), empty switches and empty case blocks;
 * and switches on values: constants, enum members, serializable enum
 * members, `error.X` members, sized literals, expressions that do not start
 * with `{`, and nested switches. */
#include <core.p4>

header h_t { bit<8> a; bit<16> b; }
enum Color { RED, GREEN, BLUE }
enum bit<8> Op { ADD = 1, SUB = 2, MUL = 3, NOP = 0 }
const bit<8> SEVEN = 7;

control c(inout h_t h) {
    action a1() { }
    action a2() { }
    action a3() { }
    table t {
        key = { h.a : exact; }
        actions = { a1; a2; a3; NoAction; }
        default_action = NoAction;
    }
    apply {
        switch (t.apply().action_run) {
            a1: { h.a = 1; }
            a2:
            a3: { h.a = 2; }
            NoAction: { }
        }
        switch (t.apply().action_run) {
            a1:
            default: { h.a = 3; }
        }
        switch (t.apply().action_run) {
            default:
        }
        switch (t.apply().action_run) { }

        Color col = Color.GREEN;
        switch (col) {
            Color.RED: { h.b = 1; }
            Color.GREEN:
            Color.BLUE: { h.b = 2; }
        }

        Op op = (Op)h.a;
        switch (op) {
            Op.ADD: { h.b = h.b + 1; }
            Op.SUB: { h.b = h.b - 1; }
            Op.MUL: {
                switch (h.a) {
                    0: { }
                    default: { h.b = h.b * 2; }
                }
            }
            default: { }
        }

        switch (h.a) {
            0: { h.b = 0; }
            1:
            2:
            3: { h.b = 3; }
            8w4: { }
            0x05: { }
            SEVEN: { }
            SEVEN + 1: { }
            (SEVEN * 2): { }
            -8w1: { }
            ~8w1: { }
            default: { h.b = 9; }
        }

        switch (h.b[7:0]) {
            (bit<8>)Op.NOP: { }
            default:
        }

        error e = error.NoError;
        switch (e) {
            error.NoError: { }
            error.PacketTooShort:
            error.NoMatch: { h.b = 10; }
            default: { }
        }
    }
}
