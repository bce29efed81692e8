// expect-error: 13:13: duplicate
// spec: sec-switch-stmt "Switch statement": "It is a compile-time error if two labels of a switch statement equal each other."
#include <core.p4>
control c(inout bit<8> x) {
    action a() {}
    table t {
        key = { x : exact; }
        actions = { a; }
    }
    apply {
        switch (t.apply().action_run) {
            a: { x = 1; }
            a: { x = 2; }
        }
    }
}
