// valid: serializable enums with bit<W>, int<W> and typedef underlying types, duplicate values, enum fields in headers, select and switch on them, casts both ways (also to unnamed values), implicit conversion to the underlying type in assignments, arithmetic, shifts and comparisons, default value ...
// spec: sec-enum-types "Enumeration types", sec-enum-exprs "Operations on enum types"
#include <core.p4>

typedef bit<16> EthType_t;

enum EthType_t EtherType {
    VLAN = 0x8100,
    IPV4 = 0x0800,
    IPV6 = 0x86dd
}

enum bit<8> NonUnique {
    b1 = 0,
    b2 = 1,
    b3 = 1,
    b4 = 2
}

enum int<8> Signed {
    neg = -1,
    pos = 1
}

header Eth {
    bit<48> dst;
    bit<48> src;
    EtherType type;
}

struct Hdrs {
    Eth eth;
}

parser p(packet_in b, out Hdrs h) {
    state start {
        b.extract(h.eth);
        transition select(h.eth.type) {
            EtherType.VLAN: accept;
            EtherType.IPV4: accept;
            default: reject;
        }
    }
}

control c(inout Hdrs h, inout bit<8> x, out bit<16> raw) {
    apply {
        raw = (bit<16>)h.eth.type;
        raw = h.eth.type;
        h.eth.type = (EtherType)raw;
        h.eth.type = (EtherType)16w5;
        EtherType t = EtherType.IPV4;
        if (t == EtherType.IPV6) {
            x = 1;
        }
        if (h.eth.type != t) {
            x = 2;
        }
        x = NonUnique.b2 + NonUnique.b3;
        NonUnique n = (NonUnique)(NonUnique.b1 + 1);
        bit<8> y = NonUnique.b4 << 3;
        int<8> s = Signed.neg;
        bool gt = NonUnique.b4 > NonUnique.b1;
        switch (h.eth.type) {
            EtherType.VLAN: { x = 3; }
            EtherType.IPV4:
            EtherType.IPV6: { x = 4; }
            default: {}
        }
        EtherType d = ...;
    }
}
