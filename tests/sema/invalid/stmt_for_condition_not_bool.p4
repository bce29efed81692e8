// expect-error: 6:28: bool
// spec: sec-loop-stmt "For statement": "The condition will be evaluated before each iteration, to determine if the loop should exit. If the condition is false, the loop will exit"
#include <core.p4>
control c(inout bit<8> x) {
    apply {
        for (bit<8> i = 4; i; i = i - 1) {
            x = x + 1;
        }
    }
}
