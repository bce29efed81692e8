// valid: struct initialization with tuple expressions, key-value expressions in any order, typed (S){...} expressions, nested initializers, ... defaults (whole value, trailing), constant structs, struct equality and field selection on a structure-valued expression
// spec: sec-structure-expressions, sec-ops-on-structs, sec-initializing-with-default-values, sec-default-values
#include <core.p4>

struct Inner {
    bit<8> a;
    bool b;
}

struct Outer {
    Inner i;
    bit<16> c;
    error e;
}

enum N1 { A, B }

enum int<8> N0 {
    one = 1,
    zero = 0
}

struct T {
    Inner s;
    N0 n0;
    N1 n1;
}

const Inner CI = { 10, true };
const Inner CK = { a = 10, b = true };
const Inner CT = (Inner){ b = false, a = 3 };

control c(out Outer o, out T t) {
    apply {
        o = { { 1, false }, 2, error.NoError };
        o = { i = { a = 1, b = false }, c = 2, e = error.PacketTooShort };
        o = { e = error.NoMatch, c = 7, i = CI };
        o = { c = 5, ... };
        Inner s0 = ...;
        Inner s1 = { 1, ... };
        Inner s2 = { b = true, ... };
        t = ...;
        t = { s = ..., ... };
        N0 n0 = ...;
        N1 n1 = ...;
        tuple<N0, N1> p = { ... };
        bool same = CI == CK;
        bool diff = o.i != (Inner){ a = 1, b = true };
        bit<8> fld = ((Inner){ a = 7, b = false }).a;
    }
}
