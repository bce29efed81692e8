// expect-error: 6:9: loop
// spec: sec-loop-stmt "For statement": "A break; statement may be executed in a loop body to immediately exit the loop"
#include <core.p4>
control c() {
    apply {
        break;
    }
}
