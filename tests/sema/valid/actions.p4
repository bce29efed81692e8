// valid: top-level and control actions, actions calling actions, return and exit in actions, switch in an action, direct action calls with non-constant action data, actions with bound directional parameters in a table
// spec: sec-actions "Actions", sec-invoke-actions "Invoking actions"
#include <core.p4>

action top_level(inout bit<8> x) {
    x = x + 1;
}

control c(inout bit<8> x, out bit<9> port) {
    action fwd(out bit<9> p, bit<9> data) {
        p = data;
    }
    action chain(bit<8> v) {
        top_level(x);
        x = x + v;
        if (v == 0) {
            return;
        }
        x = 0;
    }
    action with_exit() {
        exit;
    }
    action with_switch(bit<2> sel) {
        switch (sel) {
            0: { x = 1; }
            default: {}
        }
    }
    table t {
        key = { x : exact; }
        actions = {
            fwd(port);
            chain;
            with_exit;
            with_switch;
        }
    }
    apply {
        fwd(port, 9w3);
        chain(x);
        top_level(x);
        t.apply();
    }
}
