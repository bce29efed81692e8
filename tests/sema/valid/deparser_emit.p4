// valid: packet_out.emit on a header, a header stack, a header union, a struct of headers and a stack element, in a deparser control
// spec: sec-deparse "Deparsing", sec-deparse-insert "Data insertion into packets"
#include <core.p4>

header A {
    bit<8> a;
}

header B {
    bit<16> b;
}

header_union AB {
    A a;
    B b;
}

struct Inner {
    A a;
    B b;
}

struct Hdrs {
    A first;
    A[3] stack;
    AB choice;
    Inner inner;
}

control dep(packet_out pkt, in Hdrs h) {
    apply {
        pkt.emit(h.first);
        pkt.emit(h.stack);
        pkt.emit(h.stack[0]);
        pkt.emit(h.choice);
        pkt.emit(h.inner);
        pkt.emit(h);
    }
}
