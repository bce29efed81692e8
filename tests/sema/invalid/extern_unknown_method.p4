// expect-error: 11:11: no member
// spec: sec-extern-operations "Operations on extern objects": "Invoking a method of an extern object instance using a method call expression"
#include <core.p4>
extern E {
    E();
    void m();
}
control c() {
    E() e;
    apply {
        e.n();
    }
}
