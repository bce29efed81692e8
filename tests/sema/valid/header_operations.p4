// valid: header operations: isValid/setValid/setInvalid, assignment and equality, tuple and key-value initializers (which make the header valid), {#}, default initialization with ..., header fields of type bool, serializable enum, struct of bits, int<W> and varbit, empty headers
// spec: sec-header-types "Header types", sec-ops-on-hdrs "Operations on headers", sec-initializing-with-default-values
#include <core.p4>

enum bit<16> EtherType {
    IPV4 = 0x0800,
    VLAN = 0x8100
}

struct Addr {
    bit<32> hi;
    bit<16> lo;
}

header Eth {
    bit<48> dst;
    bit<48> src;
    EtherType type;
}

header Flags {
    bool urgent;
    bit<7> rest;
    Addr addr;
    int<8> delta;
}

header Opts {
    bit<8> len;
    varbit<320> data;
}

header Empty_h {}

struct Headers {
    Eth eth;
    Flags f;
    Opts o;
    Empty_h e;
}

control c(inout Headers h, out bool v) {
    apply {
        v = h.eth.isValid();
        h.eth.setValid();
        h.eth.setInvalid();
        h.f = { true, 0, { 1, 2 }, -1 };
        h.f = { urgent = false, rest = 1, addr = { hi = 1, lo = 2 }, delta = 3 };
        h.eth = {#};
        if (h.eth == {#}) {
            v = true;
        }
        Eth copy = h.eth;
        v = copy == h.eth;
        v = h.f != h.f;
        h.e.setValid();
        Opts o2 = h.o;
        v = h.o.data == o2.data;
        Eth dflt = ...;
        Eth part = { dst = 1, ... };
        Flags zeros = { ... };
        bool u = h.f.urgent;
    }
}
