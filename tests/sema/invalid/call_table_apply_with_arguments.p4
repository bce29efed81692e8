// expect-error: 10:9: argument
// spec: sec-invoke-mau "Match-action unit invocation": "A table can be invoked by calling its apply method." (apply_result(m) m.apply() takes no arguments)
#include <core.p4>
control c(inout bit<8> x) {
    table t {
        key = { x : exact; }
        actions = { NoAction; }
    }
    apply {
        t.apply(x);
    }
}
