// valid: every explicit cast in the spec's list: bit<1> <-> bool, int -> bool (0 and 1), int<W> <-> bit<W>, bit<W> -> bit<X> both ways, int<W> -> int<X> both ways, bit<W>/int<W> -> int, int -> bit<W>/int<W>, typedef casts, type <-> original type, serializable enum <-> underlying type, key-value list to struct and header, tuple to header stack, {#} to header and header union, cast to the same type
// spec: sec-casts "Explicit casts"
#include <core.p4>

typedef bit<8> byte_t;
typedef byte_t octet_t;
typedef bit<16> word_t;
type bit<8> Port_t;
type Port_t PortAlias_t;

enum bit<8> E {
    a = 1,
    b = 2
}

header H {
    bit<8> f;
    bit<8> g;
}

header_union U {
    H h;
}

struct S {
    bit<8> f;
    bool g;
}

const int I1 = (int)8w200;
const int I2 = (int)(int<8>)-3;
const bool B1 = (bool)1;
const bool B0 = (bool)0;

control c(inout bit<1> b1, inout bool bo, inout int<8> i8, inout bit<8> u8,
          inout bit<16> u16, inout int<16> i16, out S s, out H h, out U u,
          inout Port_t port, inout PortAlias_t alias, inout E e) {
    apply {
        bo = (bool)b1;
        b1 = (bit<1>)bo;
        u8 = (bit<8>)i8;
        i8 = (int<8>)u8;
        u16 = (bit<16>)u8;
        u8 = (bit<8>)u16;
        i16 = (int<16>)i8;
        i8 = (int<8>)i16;
        i8 = (int<8>)(int<16>)u16;
        u8 = (bit<8>)255;
        i8 = (int<8>)-5;
        byte_t bt = (byte_t)u16;
        word_t wt = (word_t)bt;
        octet_t ot = (octet_t)bt;
        u8 = (bit<8>)ot;
        port = (Port_t)u8;
        u8 = (bit<8>)port;
        alias = (PortAlias_t)port;
        port = (Port_t)alias;
        e = (E)u8;
        u8 = (bit<8>)e;
        s = (S){ f = 1, g = true };
        h = (H){ f = 1, g = 2 };
        H[2] st = (H[2]){ h, h };
        h = (H){#};
        u = (U){#};
        u8 = (bit<8>)u8;
        bo = (bool)bo;
    }
}
