// expect-error: 6:9: type int
// spec: sec-variables "Variables": "However, it is impossible to declare variables with type int"
#include <core.p4>
control c() {
    apply {
        int x = 1;
    }
}
