// valid: saturating addition and subtraction on bit<W> and int<W>, including compound assignments
// spec: sec-bit-ops, sec-int-ops (saturating arithmetic)
#include <core.p4>

control c(inout bit<8> u, inout int<8> s, in bit<8> du, in int<8> ds) {
    apply {
        u = u |+| du;
        u = u |-| du;
        u = u |+| 1;
        s = s |+| ds;
        s = s |-| ds;
        s = s |-| -1;
        u |+|= 200;
        u |-|= 1;
        s |+|= ds;
        s |-|= 5;
    }
}
