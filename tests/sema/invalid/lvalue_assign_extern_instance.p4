// expect-error: 11:9: extern
// spec: sec-assignment "Assignment statement": "Assignment is not defined for extern values."
#include <core.p4>
extern E {
    E();
}
control c() {
    E() e1;
    E() e2;
    apply {
        e1 = e2;
    }
}
