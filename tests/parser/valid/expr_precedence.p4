/* expr_precedence.p4: every binary, unary and ternary operator, each
 * combined with its neighbours in the precedence table so that a parser
 * that gets precedence or associativity wrong builds a different tree:
 * `* / %` over `+ - ++ |+| |-|` over `<< >>` over `&` over `^` over `|`
 * over `< > <= >=` over `== !=` over `&&` over `||` over `?:`, prefix
 * `! ~ - +` binding tighter than any binary operator, left associativity
 * of every binary operator, nested conditionals, and `>>` (two tokens `>`
 * `>` to the grammar) next to `>` and `>=`. */
#include <core.p4>

control c(inout bit<32> x, inout bit<32> y, inout bool b, inout int<32> s) {
    apply {
        // Multiplicative over additive; left associativity.
        x = x + y * 2;
        x = x * y + 2;
        x = x - y - 1;
        x = x / y / 2;
        x = x % y * 3;
        x = x * y % 3 / 2;
        // Saturating operators and concatenation are additive.
        x = x |+| y * 2;
        x = x |-| y |+| 1;
        x = x[15:0] ++ y[15:0] + 1;
        x = (bit<32>)(x[7:0] ++ y[7:0] ++ x[15:8] ++ y[15:8]);
        // Shifts below additive.
        x = x << 1 + 1;
        x = x >> 2 - 1;
        x = x << 1 << 2;
        x = x >> 1 >> 2;
        x = x >> 1 << 2;
        x = 1 << x >> y;
        // Bitwise: & over ^ over |, all below shifts.
        x = x & y << 1;
        x = x | y & 0xFF;
        x = x ^ y & 0xFF;
        x = x | y ^ 0xFF;
        x = x & y ^ x | y;
        x = x | y ^ x & y;
        // Relational below bitwise; equality below relational.
        b = x & 1 == 1;
        b = x | y < 10;
        b = x < y == y > x;
        b = x <= y != x >= y;
        b = x >> 1 > y;
        b = x >> 1 >= y >> 2;
        b = x > y >> 1;
        // Logical operators.
        b = b && x == 0 || y == 0;
        b = b || x == 0 && y == 0;
        b = !b && !(x == 0);
        b = b || b || b && b && b;
        // Conditional expressions.
        x = b ? x : y;
        x = b ? x + 1 : y * 2;
        x = b || x == 0 ? 1 : 2;
        x = b ? (b ? 1 : 2) : 3;
        x = b ? b ? 1 : 2 : 3;
        x = b ? 1 : (b ? 2 : 3);
        x = (b ? x : y) + 1;
        // Prefix operators bind tighter than binary ones.
        x = ~x & y;
        x = -x + y;
        x = +x - -y;
        x = ~~x;
        x = - -x;
        b = !!b;
        b = !b == !b;
        s = -s * -s;
        s = -(s + 1);
        x = ~x[7:0] ++ ~y[7:0] ++ x[31:16];
        // Everything at once.
        x = x + y * 2 << 1 & 0xFF ^ 3 | 4;
        b = x + 1 < y << 2 == (y & 1 != 0) && b || !b;
        x = b && x > 1 || y < 2 ? x * y + 1 << 2 : ~x & y | 1;
        // Parentheses override precedence.
        x = (x + y) * 2;
        x = x << (1 + 1);
        x = (x | y) & 0xFF;
        b = (x < y) == (y < x);
    }
}
