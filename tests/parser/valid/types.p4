/* types.p4: every form of type reference: `bool`, `error`, `match_kind`,
 * `string`, `int`, `bit`, `bit<8>`, `int<8>`, `varbit<32>`, widths given by
 * parenthesized expressions `bit<(W+1)>`, named types, `.Global` types,
 * specialized types `Reg<bit<8>, bit<32>>`, nested specializations whose
 * closing `>>` and `>>>` are split by the parser (`Reg<bit<8>>`,
 * `S<S<bit<8>>>`), header stacks `h_t[4]` with constant-expression sizes,
 * stacks of specialized types, `tuple<...>` (empty, nested), `list<...>`,
 * `_` as a type argument, type variables, and these types in
 * every position where a type can appear (fields, parameters, locals,
 * constants, type arguments, casts, typedefs, extern returns). */
#include <core.p4>

const int W = 15;
const bit<32> N = 4;

header h_t { bit<8> a; }
struct S<T> { T f; }
struct P<A, B> { A a; B b; }
header GH<T> { T data; }

extern Reg<T, I> {
    Reg(I size);
    T read(in I index);
}
extern Generic<T> { Generic(); void m<U>(in U u); }
extern Inferred<T> { Inferred(T init); T get(); }
extern void take_match_kind(in match_kind k);
extern void take_string(in string s);
extern void take_int(in int i);
extern void take_bit(in bit b);

typedef bit<(W + 1)>                  w16_t;
typedef bit<((W + 1) * 2)>            w32_t;
typedef int<(W - 7)>                  i8_t;
typedef varbit<(W * 8)>               vb_t;
typedef tuple<>                       empty_tuple_t;
typedef tuple<bit<8>>                 single_tuple_t;
typedef tuple<bit<8>, tuple<bool, error>> nested_tuple_t;
typedef tuple<S<bit<8>>, P<bit<8>, bool>> generic_tuple_t;
typedef h_t[4]                        stack4_t;
typedef h_t[N + 1]                    stack5_t;
typedef S<bit<8>>[2]                  generic_stack_t;
typedef GH<bit<16>>[3]                gh_stack_t;
typedef S<S<bit<8>>>                  nested_generic_t;
typedef S<S<S<bit<8>>>>               deeply_nested_t;
typedef P<bit<8>, S<bit<8>>>          mixed_t;
typedef P<S<bit<8>>, S<bit<16>>>      two_nested_t;
typedef .h_t                          global_h_t;
typedef S<.h_t>                       global_arg_t;

struct all_types_t {
    bool              b;
    error             e;
    bit<1>            b1;
    bit<8>            b8;
    bit<128>          b128;
    int<8>            i8;
    int<64>           i64;
    varbit<32>        vb;
    w16_t             w;
    h_t               h;
    h_t[4]            hs;
    h_t[(bit<32>)4]   hs_cast_size;
    S<bit<8>>         s;
    S<bool>           sb;
    S<h_t>            sh;
    P<bit<8>, bool>   p;
    tuple<bit<8>, bool> t;
    nested_generic_t  ng;
}

control c(inout all_types_t a)(Reg<bit<8>, bit<32>> shared_reg) {
    Reg<bit<8>, bit<32>>(32w1024) r1;
    Reg<S<bit<8>>, bit<32>>(32w16) r2;
    Reg<bit<8>, bit<(W + 1)>>(16w8) r3;
    Reg<tuple<bit<8>, bool>, bit<8>>(8w4) r4;
    Generic<bit<8>>() gv;
    Inferred<_>(8w1) inferred;
    apply {
        bit<8> x = r1.read(0) + inferred.get();
        S<bit<8>> s = r2.read(1);
        list<bit<8>> l = { 1, 2 };
        list<S<bit<8>>> ls = { s };
        list<tuple<bit<8>, bool>> lt = { { 1, true } };
        tuple<list<bit<8>>, bool> tl = { l, false };
        gv.m<bit<8>>(x);
        gv.m<S<bit<8>>>(s);
        gv.m<S<S<bit<8>>>>({ f = s });
        gv.m<P<bit<8>, S<bit<8>>>>({ a = 1, b = s });
        take_match_kind(exact);
        take_string("s");
        take_int(3);
        take_bit(1w1);
        bit b = 1;
    }
}
