// valid: nested generic packages with explicit type arguments, don't-care (_) type arguments in package parameter types, and top-level instantiation of packages that are passed to another package
// spec: sec-arch-desc-example "Example architecture description", sec-dont-care-types, sec-target-instantiation
#include <core.p4>

struct InControl {
    bit<4> inputPort;
}

struct OutControl {
    bit<4> outputPort;
}

parser Parser<IH>(packet_in b, out IH parsedHeaders);
control IPipe<T, IH, OH>(in IH inputHeaders, in InControl inCtrl, out OH outputHeaders,
                         out T toEgress, out OutControl outCtrl);
control EPipe<T, IH, OH>(in IH inputHeaders, in InControl inCtrl, in T fromIngress,
                         out OH outputHeaders, out OutControl outCtrl);
control Deparser<OH>(in OH outputHeaders, packet_out b);
package Ingress<T, IH, OH>(Parser<IH> p, IPipe<T, IH, OH> map, Deparser<OH> d);
package Egress<T, IH, OH>(Parser<IH> p, EPipe<T, IH, OH> map, Deparser<OH> d);
package Switch<T>(Ingress<T, _, _> ingress, Egress<T, _, _> egress);

header H {
    bit<8> v;
}

struct Meta {
    bit<8> m;
}

parser prs(packet_in b, out H h) {
    state start {
        b.extract(h);
        transition accept;
    }
}

control ipipe(in H ih, in InControl ic, out H oh, out Meta toE, out OutControl oc) {
    apply {
        oh = ih;
        toE.m = ih.v;
        oc.outputPort = ic.inputPort;
    }
}

control epipe(in H ih, in InControl ic, in Meta fromI, out H oh, out OutControl oc) {
    apply {
        oh = ih;
        oh.v = fromI.m;
        oc.outputPort = 0;
    }
}

control dep(in H oh, packet_out b) {
    apply {
        b.emit(oh);
    }
}

Ingress<Meta, H, H>(prs(), ipipe(), dep()) ig;
Egress(prs(), epipe(), dep()) eg;
Switch<Meta>(ig, eg) main;
