// expect-error: 7:20: cannot be applied
// spec: sec-string-ops "Operations on strings": "For string concatenation, both operands must be strings and the result is also a string."
#include <core.p4>
extern void log(string msg);
control c() {
    apply {
        log("x = " ++ 8w1);
    }
}
