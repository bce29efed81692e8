/* parser_select.p4: select expressions and keyset expressions: one and
 * several keys, an empty select(), tuple keysets `(a, b)`, masks `&&&`,
 * ranges `..`, `default` and `_` both alone and inside tuples, a tuple
 * with one masked element `(v &&& m)`, sized, hex and constant values,
 * constant expressions as keysets, struct-valued keys, value sets, and
 * keysets in parentheses. */
#include <core.p4>

header h_t { bit<8> a; bit<8> b; bit<16> c; bit<32> d; }

const bit<8> K = 42;

parser p(packet_in pkt, out h_t h) {
    value_set<bit<8>>(4) vs;
    state start {
        pkt.extract(h);
        transition select(h.a) {
            0: one_key;
            8w1: one_key;
            0x02: one_key;
            K: one_key;
            K + 1: one_key;
            (K & 0x0F): one_key;
            0xF0 &&& 0xF0: masked;
            10 .. 20: ranged;
            8w100 .. 8w200: ranged;
            vs: accept;
            _: accept;
        }
    }
    state one_key {
        transition select(h.a, h.b) {
            (0, 0): two_keys;
            (1, _): two_keys;
            (_, 2): two_keys;
            (default, 3): two_keys;
            (0x10 &&& 0xF0, 4 .. 5): two_keys;
            (K, K): two_keys;
            (_, _): accept;
        }
    }
    state two_keys {
        transition select(h.a, h.b, h.c, h.d) {
            (1, 2, 3, 4): masked;
            (1, 2, 0x0800 &&& 0xFF00, 32w0 .. 32w1000): masked;
            (_, _, _, _): accept;
            default: accept;
        }
    }
    state masked {
        transition select(h.c) {
            (16w0x0800 &&& 16w0xFFFF): ranged;
            (1 .. 2): ranged;
            (default): accept;
            (_): accept;
        }
    }
    state ranged {
        transition select(h.d[7:0], h.c[15:8]) {
            (0, 0): accept;
            default: reject;
        }
    }
    state empty_select {
        transition select() {
            default: accept;
        }
    }
    state no_cases {
        transition select(h.a) { }
    }
}
