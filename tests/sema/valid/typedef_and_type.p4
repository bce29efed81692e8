// valid: typedef chains (synonyms mix freely), typedef of an inline struct, of a header stack, of error, bool, int, tuple and list types; type from bit<W>, bool, a typedef and another type; equality on type-introduced values and casts to and from their original types; a typedef'ed int constant used as a width
// spec: sec-typedef "typedef", sec-newtype "Introducing new types", sec-newtype-operations, sec-type-nesting (typedef/type table)
#include <core.p4>

typedef bit<32> u32;
typedef u32 u32b;
typedef struct Point { int<32> x; int<32> y; } Pt;
header Empty_h {}
typedef Empty_h[4] HeaderStack;
typedef error Err_t;
typedef bool Flag_t;
typedef int IntAlias;
typedef tuple<bit<8>, bool> Tup;
typedef list<bit<8>> ByteList;
type bit<9> PortId_t;
type bool Flag2_t;
type PortId_t Port2_t;
typedef bit<9> PortUint_t;
type PortUint_t Port3_t;

const IntAlias K = 3;

control c(inout u32 a, inout u32b b, inout Pt p, inout HeaderStack hs, inout PortId_t port,
          out Flag2_t f2, out Port2_t p2) {
    apply {
        a = b + 1;
        b = a;
        p.x = p.y - 1;
        Point q = p;
        hs[0].setValid();
        Err_t e = error.NoError;
        Flag_t fl = true;
        Tup t = { 1, fl };
        PortId_t other = (PortId_t)9w1;
        bool same = port == other;
        bool differ = port != other;
        port = (PortId_t)((bit<9>)port + 1);
        f2 = (Flag2_t)true;
        p2 = (Port2_t)port;
        Port3_t p3 = (Port3_t)(PortUint_t)5;
        bit<(K)> w = 3w0;
    }
}
