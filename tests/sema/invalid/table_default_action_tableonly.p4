// expect-error: 13:26: tableonly
// spec: sec-table-action-anno "Annotations on the table action list": "@tableonly: actions with this annotation can only appear within the table, and never as default action."
#include <core.p4>
control c(in bit<8> x) {
    action a() {}
    action b() {}
    table t {
        key = { x : exact; }
        actions = {
            @tableonly a;
            b;
        }
        default_action = a();
    }
    apply {
        t.apply();
    }
}
