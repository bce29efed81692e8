/* expr_cast.p4: casts to every kind of type: `(bit<8>)x`, `(int<8>)x`,
 * `(bit<(W+1)>)x`, `(bool)b`, `(MyType)y` for typedefs, newtypes and
 * serializable enums, `(.Global)x`, specialized and tuple types, casts of
 * casts, of negated and parenthesized expressions, and how casts bind
 * (tighter than binary operators, looser than postfix operators). */
#include <core.p4>

typedef bit<16> port_t;
type bit<32> id_t;
enum bit<8> Op { ADD = 1 }
const int W = 7;
struct pair_t { bit<8> a; bit<8> b; }
struct S<T> { T f; }

control c(inout bit<32> x, inout int<16> s, inout bit<1> flag) {
    apply {
        bit<8> a = (bit<8>)x;
        bit<8> a2 = (bit<8>)x[15:0];
        int<8> b = (int<8>)a;
        int<8> b2 = (int<8>)-8s3;
        bit<8> c2 = (bit<(W + 1)>)x;
        bit<8> c3 = (bit<(8)>)x;
        int<8> c4 = (int<(W + 1)>)s;
        bool f = (bool)flag;
        flag = (bit<1>)f;
        port_t p = (port_t)x;
        id_t id = (id_t)x;
        x = (bit<32>)id;
        Op op = (Op)a;
        a = (bit<8>)op;
        port_t p2 = (.port_t)x;
        x = (bit<32>)(bit<16>)(bit<8>)x;
        x = (bit<32>)a + (bit<32>)b2;
        x = (bit<32>)(a + 1);
        x = (bit<32>)s.minSizeInBits();
        s = (int<16>)(bit<16>)x;
        s = -(int<16>)x;
        pair_t pr = (pair_t){ a = 1, b = 2 };
        S<bit<8>> sp = (S<bit<8>>){ f = 3 };
        tuple<bit<8>, bool> t = (tuple<bit<8>, bool>){ 1, true };
        x = (bit<32>)1 << 4;
        f = (bool)1w1 && f;
    }
}
