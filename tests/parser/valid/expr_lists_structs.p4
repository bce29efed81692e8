/* expr_lists_structs.p4: brace expressions: empty `{}`, list expressions
 * `{1, 2}` (also with a trailing comma and nested), struct expressions
 * `{a = 1, b = 2}` (also with a trailing comma), partial struct
 * initializers `{a = 1, ...}`, the invalid header `{#}`, `...` as a value
 * as an argument, list types `list<T>`, and brace
 * expressions used as initializers, arguments, return values and select
 * keys. */
#include <core.p4>

header h_t { bit<8> a; bit<8> b; }
header_union u_t { h_t one; }
struct empty_t { }
struct pair_t { bit<8> a; bit<8> b; }
struct nested_t { pair_t p; bit<16> c; }

extern void take_pair(in pair_t p);
extern void take_tuple(in tuple<bit<8>, bit<8>> t);
extern void variadic_like(in bit<8> a, in bit<8> b);

pair_t make_pair(in bit<8> v) {
    return { a = v, b = v + 1 };
}

control c(inout h_t h, inout u_t u) {
    apply {
        empty_t e0 = { };
        pair_t p1 = { a = 1, b = 2 };
        pair_t p2 = { a = 1, b = 2, };
        pair_t p3 = { a = 1, ... };
        pair_t p4 = { b = 2, ..., };
        nested_t n = { p = { a = 1, b = 2 }, c = 3 };
        nested_t n2 = { p = p1, c = 16w4 };
        tuple<bit<8>, bit<8>> t1 = { 1, 2 };
        tuple<bit<8>, bit<8>> t2 = { 1, 2, };
        tuple<tuple<bit<8>, bool>, bit<8>> t3 = { { 1, true }, 2 };
        tuple<> empty_tuple = { };
        list<bit<8>> l1 = { 1, 2, 3 };
        list<pair_t> l2 = { { a = 1, b = 2 }, p1 };
        list<list<bit<8>>> l3 = { { 1 }, { 2, 3 } };
        h = { a = 5, b = 6 };
        h = {#};
        u.one = {#};
        h_t invalid = {#};
        take_pair({ a = 7, b = 8 });
        take_pair(make_pair(9));
        take_tuple({ 10, 11 });
        variadic_like(1, ...);
        if (p1 == { a = 1, b = 2 }) {
            h.a = 1;
        }
        bool same = t1 == { 1, 2 };
    }
}
