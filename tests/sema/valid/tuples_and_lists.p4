// valid: tuple types and expressions (empty, nested, constant indexing, equality, passing to generic parameters), a typed tuple expression converted to a struct, and a list<T> value passed to an extern constructor
// spec: sec-tuple-types, sec-tuple-exprs "Operations on tuple expressions", sec-list-types, sec-list-exprs "Operations on lists"
#include <core.p4>

struct pair_t {
    bit<16> a;
    bit<32> b;
}

extern Table {
    Table(list<pair_t> data);
    void run();
}

extern Learn<T> {
    Learn();
    void learn(in T data);
}

extern void f<T>(in T data);

struct S {
    bit<32> a;
    bit<32> b;
}

control c(in bit<48> mac, in bit<32> ip, out bool eq) {
    Table((list<pair_t>){ { 2, 3 }, { 4, 5 } }) tbl;
    Learn<tuple<bit<48>, bit<32>>>() lp;
    apply {
        tuple<bit<32>, bool> x = { 10, false };
        tuple<> empty = {};
        bit<32> first = x[0];
        bool second = x[1];
        tuple<bit<32>, bool> y = x;
        eq = x == y;
        eq = x != { 32w1, true };
        tuple<tuple<bit<8>, bit<8>>, bool> nested = { { 1, 2 }, true };
        bit<8> inner = nested[0][1];
        lp.learn({ mac, ip });
        f((S){ 10, 20 });
        f({ mac, ip, true });
        tbl.run();
    }
}
