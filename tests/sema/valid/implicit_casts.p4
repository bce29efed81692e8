// valid: the implicit casts the spec allows: int to bit<W>/int<W> in binary operations, assignments, in-arguments, returns, select labels, keyset masks and ranges, switch labels and struct-valued expressions; a serializable enum to its underlying type in operations, shifts, slice bounds and concatenation
// spec: sec-implicit-casts "Implicit casts", sec-enum-exprs "Operations on enum types", sec-select "Select expressions"
#include <core.p4>

enum bit<8> E {
    a = 5,
    b = 6
}

struct S {
    bit<8> x;
    int<8> y;
}

extern void take(in bit<16> v);

bit<16> widen(in bit<16> v) {
    return v + 1;
}

bit<8> seven() {
    return 7;
}

control c(inout bit<8> x, inout bit<16> y, inout int<8> z, in E e, out S s) {
    apply {
        x = x + 1;
        z = z - 1;
        bool neg = z < 0;
        x = x | 0xF;
        x = x + E.a;
        x = E.a;
        bit<8> sh = e << 3;
        y = 16w11 << E.a;
        bit<6> low = x[E.a:0];
        bit<16> cat = E.a ++ 8w0;
        y = 5;
        take(3);
        y = widen(2);
        x = seven();
        s = { x = 1, y = -1 };
        if (x == e) {
            x = 0;
        }
        switch (x) {
            1: { x = 2; }
            E.b: { x = 3; }
        }
    }
}

parser p(packet_in b, in bit<8> k) {
    state start {
        transition select(k) {
            1: s1;
            2 .. 5: s1;
            0xF0 &&& 0xF0: s1;
            E.a: s1;
            default: accept;
        }
    }
    state s1 {
        transition accept;
    }
}
