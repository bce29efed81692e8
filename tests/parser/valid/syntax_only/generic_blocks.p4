/* syntax_only/generic_blocks.p4: constructs that the grammar accepts but
 * the specification rejects later, in semantic checks, so they are only
 * syntax tests (a type checker should skip valid/syntax_only/): type
 * parameters on parser and control *declarations* (only their type
 * declarations may have them), direct application of a specialized type
 * `G<bit<8>>.apply(...)`, `void` as a type argument (of an extern, of a call
 * statement and of a call expression), and an empty type argument list in a
 * call statement `f<>()`. */
#include <core.p4>

header h_t { bit<8> a; }

parser generic_parser<H>(packet_in pkt, out H hdr) {
    state start {
        pkt.extract(hdr);
        transition accept;
    }
}

control generic_control<T>(inout T value) {
    apply { }
}

control generic_with_ctor<T>(inout T value)(bit<8> n) {
    apply { }
}

extern Generic<T> { Generic(); void m(); }
extern void sink<T>();
extern bool probe<T>();

control user(inout h_t h) {
    generic_control<h_t>() inst;
    generic_with_ctor<bit<8>>(8w1) inst2;
    Generic<void>() gv;
    apply {
        inst.apply(h);
        generic_control<h_t>.apply(h);
        generic_control<bit<8>>.apply(h.a);
        .generic_control<bit<8>>.apply(h.a);
        gv.m();
        sink<void>();
        sink<>();
        bool b = probe<void>();
    }
}

parser user_parser(packet_in pkt, out h_t h) {
    state start {
        generic_parser<h_t>.apply(pkt, h);
        transition accept;
    }
}
