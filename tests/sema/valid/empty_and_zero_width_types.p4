// valid: bit<0> and varbit<0>, empty structs, headers and tuples, structs of empty types, zero-width concatenation
// spec: sec-unsigned-integers ("Bitstrings with width 0 are allowed"), sec-uninitialized-values-and-writing-invalid-headers (empty types)
#include <core.p4>

struct Empty {}

header Empty_h {}

struct AllEmpty {
    Empty e;
    tuple<> t;
    bit<0> z;
}

header Zero_h {
    bit<0> z;
    bit<8> a;
}

control c(inout Empty e, inout AllEmpty ae, inout Zero_h zh) {
    apply {
        bit<0> z = 0;
        varbit<0> vz;
        Empty_h eh;
        eh.setValid();
        tuple<> t = {};
        zh.z = 0;
        ae.z = z;
        bit<8> w = zh.a ++ z;
        Empty e2 = {};
        e = e2;
    }
}
