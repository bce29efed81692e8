// valid: switch on t.apply().action_run with fall-through labels, a default label, return and exit in cases; hit and miss of apply() results in conditions and initializers
// spec: sec-switch-stmt "Switch statement", sec-invoke-mau "Match-action unit invocation"
#include <core.p4>

control c(inout bit<8> x) {
    action a1() {
        x = 1;
    }
    action a2(bit<8> v) {
        x = v;
    }
    action a3() {
        x = 3;
    }
    table t {
        key = { x : exact; }
        actions = { a1; a2; a3; }
        default_action = a3();
    }
    apply {
        switch (t.apply().action_run) {
            a1:
            a2: { x = x + 1; }
            a3: { return; }
            default: { exit; }
        }
        if (t.apply().hit) {
            x = 0;
        } else if (t.apply().miss) {
            x = 1;
        }
        bool h = t.apply().hit;
        switch (t.apply().action_run) {
            a2: {}
        }
    }
}
