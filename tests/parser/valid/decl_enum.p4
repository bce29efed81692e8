/* decl_enum.p4: plain enums (one member, several, trailing comma) and
 * serializable enums `enum bit<8> E { A = 1 }` with expressions as values,
 * trailing commas, annotations, signed and typedef'd underlying types, and
 * their uses as types, in expressions, casts and switch labels. */
#include <core.p4>

enum Single { ONLY }
enum Color { RED, GREEN, BLUE }
enum Trailing {
    FIRST,
    SECOND,
}

@description("an annotated enum")
enum bit<8> Proto {
    ICMP = 1,
    TCP  = 6,
    UDP  = 17
}

typedef bit<16> etype_t;
enum etype_t EtherType {
    IPV4 = 0x0800,
    ARP  = 0x0806,
    IPV6 = 0x86DD,
    VLAN = 16w0x8100,
}

const bit<4> BASE = 2;
enum bit<4> Computed {
    A = BASE,
    B = BASE + 1,
    C = (BASE << 2) | 1,
    D = ~BASE,
}

enum int<8> Signed { NEG = -1, POS = 1 }

enum bit<2> Dup { X = 0, Y = 0 }

struct s_t { Color c; Proto p; }

control c(inout bit<8> out_proto, inout s_t s) {
    apply {
        Color col = Color.RED;
        if (col == Color.GREEN || s.c != Color.BLUE) {
            out_proto = (bit<8>)Proto.TCP;
        }
        Proto p = (Proto)out_proto;
        switch (p) {
            Proto.ICMP:
            Proto.UDP: { out_proto = 0; }
            Proto.TCP: { out_proto = 1; }
            default: { }
        }
        EtherType et = EtherType.IPV6;
        s.p = Proto.UDP;
    }
}
