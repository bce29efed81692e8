// expect-error: 10:13: undeclared
// spec: sec-block-stmt "Block statement": "The declarations (e.g., variables and constants) within a block statement are only visible within the block."
#include <core.p4>
control c(inout bit<8> x) {
    apply {
        {
            bit<8> t = 1;
            x = t;
        }
        x = t;
    }
}
