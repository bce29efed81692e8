// expect-error: 6:9: loop
// spec: sec-loop-stmt "For statement": "A continue; statement may be executed in a loop body to skip the rest of the current loop body"
#include <core.p4>
control c() {
    apply {
        continue;
    }
}
