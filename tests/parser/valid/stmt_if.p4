/* stmt_if.p4: conditional statements: if without else, if/else, else-if
 * chains, bodies that are single statements (not blocks) of every kind,
 * nested ifs, the dangling else (it binds to the nearest if), conditions
 * with complex expressions, and ifs in parsers, actions and functions. */
#include <core.p4>

header h_t { bit<8> a; bit<8> b; }

bit<8> classify(in bit<8> x) {
    if (x < 10)
        return 0;
    else if (x < 100)
        return 1;
    else if (x < 200)
        return 2;
    else
        return 3;
}

parser p(packet_in pkt, out h_t h) {
    state start {
        pkt.extract(h);
        if (h.a == 0) {
            h.b = 1;
        }
        if (h.a == 1)
            h.b = 2;
        else
            h.b = 3;
        if (h.b != 0) {
            if (h.a > h.b) { h.a = h.b; } else { h.b = h.a; }
        } else if (h.a == 0) {
            ;
        } else {
        }
        transition accept;
    }
}

control c(inout h_t h) {
    action a(bit<8> v) {
        if (v == 0) return;
        h.a = v;
    }
    apply {
        if (h.a == 0) h.b = 0;

        if (h.a == 1) { h.b = 1; }
        else { h.b = 2; }

        if (h.a == 2) {
            h.b = 3;
        } else if (h.a == 3) {
            h.b = 4;
        } else if (h.a == 4) {
            h.b = 5;
        } else {
            h.b = 6;
        }

        // Dangling else: the else belongs to `if (h.b == 1)`.
        if (h.a == 5)
            if (h.b == 1)
                h.a = 1;
            else
                h.a = 2;

        // Nested dangling elses in a chain.
        if (h.a == 6) if (h.b == 6) if (h.a != h.b) h.a = 0; else h.a = 1; else h.a = 2;

        if (h.isValid() && (h.a == 7 || !(h.b > 3)) && classify(h.a) != 0) {
            a(1);
        }
        if (true) { } else { }
        if (false) ;
        if (h.a == 8) { exit; }
        if (h.a == 9) exit;
        if (h.a == 10) return;
        if (h.a == 11) if (h.b == 0) { a(2); }
        if (h.a == 12) { } else if (h.b == 12) { } else ;
    }
}
