/* stmt_calls.p4: call statements: functions, actions, extern functions and
 * methods, with no arguments, positional, named and `_` arguments, explicit
 * type arguments (`f<bit<8>>(x)`, several type arguments, `_` and `void`
 * as type arguments), calls through members and stack elements, table
 * `apply()`, instance `apply()`, header methods (`isValid`, `setValid`,
 * `setInvalid`), stack methods (`push_front`, `pop_front`), and direct
 * application of controls and parsers `C.apply(...)` and `.C.apply(...)`. */
#include <core.p4>

header h_t { bit<8> a; }
struct hdrs_t { h_t h; h_t[3] stack; }

extern Reg<T> {
    Reg(bit<32> n);
    T read(in bit<32> i);
    void write(in bit<32> i, in T v);
    void generic<U>(in U u);
}
extern void ext_fn(in bit<8> a, in bit<8> b);
extern void ext_generic<T>(in T t);
extern void ext_generic2<T, U>(in T t, in U u);
extern void optional_args(in bit<8> a, @optional in bit<8> b);

void fn(in bit<8> x) { }
void fn_generic<T>(in T x) { }

control sub(inout h_t h) {
    apply { h.a = 1; }
}

parser sub_parser(packet_in pkt, out h_t h) {
    state start { pkt.extract(h); transition accept; }
}

parser call_parser(packet_in pkt, out hdrs_t hdrs) {
    state start {
        sub_parser.apply(pkt, hdrs.h);
        pkt.extract<h_t>(hdrs.stack.next);
        pkt.extract(hdrs.stack[1]);
        pkt.advance(32w8);
        transition accept;
    }
}

control c(inout hdrs_t hdrs) {
    Reg<bit<8>>(4) reg;
    sub() s;
    action act(bit<8> v) { hdrs.h.a = v; }
    table t {
        actions = { act; }
        default_action = act(0);
    }
    apply {
        fn(1);
        fn(x = 2);
        fn_generic(hdrs.h);
        fn_generic<h_t>(hdrs.h);
        fn_generic<bit<8>>(8w1);
        act(3);
        act(v = 4);
        ext_fn(1, 2);
        ext_fn(b = 2, a = 1);
        ext_fn(_, 2);
        ext_fn(a = _, b = 3);
        optional_args(1);
        ext_generic(hdrs);
        ext_generic<bit<8>>(1);
        ext_generic<_>(8w1);
        ext_generic2<bit<8>, bool>(1, true);
        ext_generic2<tuple<bit<8>, bool>, hdrs_t>({ 1, true }, hdrs);
        reg.write(0, hdrs.h.a);
        reg.generic<h_t>(hdrs.h);
        reg.generic<bit<16>>(16w1);
        reg.generic<tuple<bit<8>, bit<8>>>({ 1, 2 });
        t.apply();
        s.apply(hdrs.h);
        sub.apply(hdrs.h);
        .sub.apply(hdrs.h);
        hdrs.h.setValid();
        hdrs.h.setInvalid();
        hdrs.stack[0].setValid();
        hdrs.stack.push_front(1);
        hdrs.stack.pop_front(1);
        if (hdrs.h.isValid() && hdrs.stack[2].isValid()) {
            hdrs.stack.last.setInvalid();
        }
    }
}
