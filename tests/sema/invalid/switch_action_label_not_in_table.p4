// expect-error: 13:13: not an action of
// spec: sec-switch-stmt "Switch statement": "All switch labels must be names of actions of the table t, or default."
#include <core.p4>
control c(inout bit<8> x) {
    action a() {}
    action b() {}
    table t {
        key = { x : exact; }
        actions = { a; }
    }
    apply {
        switch (t.apply().action_run) {
            b: { x = 1; }
        }
    }
}
