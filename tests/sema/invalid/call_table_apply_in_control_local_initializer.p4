// expect-error: 9:16: not allowed
// spec: sec-calling-restrictions "Restrictions on compile time and run time calls": call table row "table": column "top level within a parser or control" is "no"
#include <core.p4>
control c(inout bit<8> x) {
    table t {
        key = { x : exact; }
        actions = { NoAction; }
    }
    bool hit = t.apply().hit;
    apply {}
}
