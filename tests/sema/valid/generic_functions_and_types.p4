// valid: generic functions with inferred and explicit type arguments, generic extern functions and methods, generic externs specialized at instantiation, generic structs/headers/header unions specialized (also nested and through typedef), stacks of specialized headers, variables of a type-variable type
// spec: sec-type-spec "Type specialization", sec-type-variable-operations, sec-invocations
#include <core.p4>

T id<T>(in T x) {
    return x;
}

void swap<T>(inout T a, inout T b) {
    T tmp = a;
    a = b;
    b = tmp;
}

extern void log_value<T>(in T v);

extern Register<T> {
    Register(bit<32> size);
    T read(in bit<32> index);
    void write(in bit<32> index, in T value);
}

extern Hasher {
    Hasher();
    bit<16> hash<D>(in D data);
}

struct Pair<A, B> {
    A first;
    B second;
}

header Hg<T> {
    T field;
}

header_union HU<T> {
    Hg<bit<32>> h32;
    Hg<T> ht;
}

typedef Pair<bit<8>, bool> BytePair;

const Pair<bit<32>, bool> CP = { first = 32w0, second = false };

control c(inout bit<8> x, inout bit<8> y, inout BytePair bp) {
    Register<bit<16>>(128) reg;
    Hasher() hs;
    apply {
        x = id(x);
        x = id<bit<8>>(x);
        bool b = id(true);
        swap(x, y);
        swap<bit<8>>(x, y);
        log_value(x);
        log_value({ x, y });
        log_value<bit<16>>(16w5);
        bit<16> v = reg.read(0);
        reg.write(1, v + 1);
        v = hs.hash({ x, y });
        v = hs.hash<bit<8>>(x);
        Pair<bit<8>, bool> p = { x, true };
        bp = p;
        Hg<bit<4>> hg = { 4w1 };
        Hg<bit<4>>[2] hstack;
        hstack[0] = hg;
        HU<bit<8>> hu;
        hu.ht = { 8w1 };
        Pair<Pair<bit<8>, bool>, bit<16>> pp = { p, 16w3 };
        bit<8> inner = pp.first.first;
    }
}
