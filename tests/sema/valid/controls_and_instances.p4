// valid: control and parser instances, several instances of the same control, direct type invocation of controls and parsers without constructor parameters, constructor arguments, instances passed to a package, main
// spec: sec-invoke-controls "Invoking controls", sec-direct-invocation "Direct type invocation", sec-parameterization
#include <core.p4>

control Callee(inout bit<8> x) {
    table t {
        key = { x : exact; }
        actions = { NoAction; }
    }
    apply {
        t.apply();
    }
}

control Inner(inout bit<8> x)(bit<8> k) {
    apply {
        x = x + k;
    }
}

control Caller(inout bit<8> x) {
    Callee() c1;
    Callee() c2;
    Inner(8w2) in1;
    apply {
        c1.apply(x);
        c2.apply(x);
        Callee.apply(x);
        in1.apply(x);
    }
}

parser SubP(packet_in b, out bit<8> v) {
    state start {
        v = b.lookahead<bit<8>>();
        transition accept;
    }
}

parser TopP(packet_in b, out bit<8> v) {
    state start {
        SubP.apply(b, v);
        transition accept;
    }
}

control Outer(inout bit<8> x)(bool twice) {
    Caller() cl;
    apply {
        cl.apply(x);
        if (twice) {
            cl.apply(x);
        }
    }
}

parser PTop(packet_in b, out bit<8> v);
control CTop(inout bit<8> x);
package Pkg(PTop p, CTop c);

Pkg(TopP(), Outer(true)) main;
