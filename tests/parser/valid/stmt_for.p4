/* stmt_for.p4: both for-loop forms. The C-like form with declarations and
 * assignments in the initializer (one, several, none), any condition,
 * update statements (one, several, none, compound assignments and calls),
 * and single-statement or block bodies. The for-in form over a range
 * `a .. b`, a header stack, a list expression and a variable, with
 * annotations on the loop and on the loop variable. Also break and continue
 * in both, and nested loops. */
#include <core.p4>

header h_t { bit<8> a; }
struct hdrs_t { h_t[4] stack; bit<32> sum; }

void bump(inout bit<32> x) { x = x + 1; }

control c(inout hdrs_t hdrs) {
    apply {
        for (bit<8> i = 0; i < 4; i = i + 1) {
            hdrs.sum = hdrs.sum + (bit<32>)i;
        }
        for (bit<8> i = 0, j = 1; i < 4; i += 1, j = j + 1) {
            hdrs.sum = hdrs.sum + (bit<32>)(i + j);
        }
        bit<8> k;
        for (k = 0; k < 8; k += 2) bump(hdrs.sum);
        for (bit<8> a = 0, bit<8> b = 10; a < b; a = a + 1, b = b - 1) { }
        for (; hdrs.sum < 100; bump(hdrs.sum)) { }
        for (; false; ) { }
        for (k = 0, bump(hdrs.sum); k != 3; k |+|= 1) {
            if (k == 1) { continue; }
            if (hdrs.sum > 50) { break; }
        }
        @unroll for (bit<8> i = 0; i < 2; i += 1) {
            for (bit<8> j = i; j < 2; j += 1) {
                if (i == j) continue;
                hdrs.sum = hdrs.sum ^ (bit<32>)j;
            }
        }

        for (bit<8> x in 1 .. 4) {
            hdrs.sum = hdrs.sum + (bit<32>)x;
        }
        for (bit<8> x in 8w0 .. 8w3) hdrs.stack[0].a = x;
        for (h_t h in hdrs.stack) {
            if (!h.isValid()) { break; }
            hdrs.sum = hdrs.sum + (bit<32>)h.a;
        }
        for (bit<8> x in (list<bit<8>>){ 1, 2, 3 }) {
            continue;
        }
        list<bit<16>> values = { 16w10, 16w20 };
        for (bit<16> v in values) { }
        @name("annotated_loop") for (@unused bit<8> x in 1 .. 2) { }
        for (@unused @name("v") bit<16> x in values) { }
        @pragma unroll_all
        for (bit<8> i = 0; i < 1; i += 1) { }
        for (bit<32> i in 0 .. hdrs.sum) { break; }
    }
}
