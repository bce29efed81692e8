// expect-error: 7:10: extern
// spec: sec-actions "Actions": "Action parameters may not have extern types."
#include <core.p4>
extern E {
    E();
}
action a(E e) {
}
