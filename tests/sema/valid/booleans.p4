// valid: && || ! == != on bool, conditional expressions (same-typed branches, int branches with a compile-time condition), bool from comparisons, bitwise operators binding tighter than comparisons, if/else chains
// spec: sec-bool-exprs "Expressions on Booleans", "Conditional operator", sec-exprs (precedence)
#include <core.p4>

const bool T = true && !false;
const int PICK = T ? 1 : 2;

control c(in bool a, in bool b, in bit<8> x, out bool r, out bit<8> y) {
    apply {
        r = a && b;
        r = a || b;
        r = !a;
        r = a == b;
        r = a != b;
        r = (x != 0) && a;
        r = x & 8w1 == 8w1;
        y = a ? x : 8w0;
        y = a ? 8w1 : 8w2;
        y = T ? 3 : 4;
        y = PICK;
        if (a) {
            y = 1;
        } else if (!b) {
            y = 2;
        } else {
            y = 3;
        }
        r = (bool)1w1 || false;
    }
}
