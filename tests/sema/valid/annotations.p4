// valid: unstructured annotations (@name, @hidden, @noWarn, @deprecated with a string concatenation, @atomic on a block, @likely/@unlikely on branches and switch cases) and structured annotations with expression and key-value lists
// spec: sec-annotations "Annotations", sec-branch-annotations, sec-control-plane-api-annotations
#include <core.p4>

@name("my_control")
control c(inout bit<8> x) {
    @name("act") action a() {
        x = 1;
    }
    @hidden action h() {}
    @MixedKV[label="text", my_bool=true, int_val=2*3]
    @Empty[]
    @MixedExprList[1, "hello", true, 1==2, 5+6]
    table t {
        key = { x : exact @name("key_x"); }
        actions = { a; h; }
    }
    apply {
        @atomic {
            t.apply();
        }
        if (x == 0) @likely {
            x = 2;
        } else @unlikely {
            x = 3;
        }
        switch (x) {
            1: @likely { x = 4; }
            default: @unlikely {}
        }
    }
}

@deprecated("use something else" ++ " please")
extern void old_fn();

@noWarn("unused")
const bit<8> UNUSED = 1;
