/* lex_keywords_as_names.p4: the contextual keywords that the grammar lets
 * programs use as names: `apply`, `key`, `actions`, `state`, `entries`,
 * `type` and `priority` wherever a name is allowed (nonTypeName: variables,
 * parameters, fields, members, actions, states, table properties), and
 * `list` where only `name` is (fields, members, declarations). */
#include <core.p4>

header kw_h {
    bit<8> apply;
    bit<8> key;
    bit<8> actions;
    bit<8> state;
    bit<8> entries;
    bit<8> type;
    bit<8> priority;
    bit<8> list;
}

struct kw_s {
    kw_h hdr;
    bit<16> list;
}

enum KwEnum { apply, key, state, list }

error { type, priority }

match_kind { entries }

extern void use(in bit<8> key, in bit<8> type);

action set_key(inout kw_h h, bit<8> priority) {
    h.key = priority;
    h.priority = h.apply + h.actions;
    h.list = h.state ^ h.entries ^ h.type;
}

parser kw_parser(packet_in pkt, out kw_s s) {
    bit<8> actions = 0;
    state start {
        pkt.extract(s.hdr);
        bit<8> key = s.hdr.key;
        transition select(key, s.hdr.list) {
            (0, 0): state;
            default: accept;
        }
    }
    state state {
        actions = s.hdr.apply;
        s.list = 16w1;
        transition accept;
    }
}

control kw_control(inout kw_s s) {
    bit<8> entries = 1;
    bit<8> type = 2;
    action priority(bit<8> apply) { entries = apply; }
    action actions() { }
    table key {
        key = { s.hdr.key : exact; s.hdr.list : exact; }
        actions = { priority; actions; }
        default_action = actions();
        apply = 1;
        state = 2;
        type = 3;
        priority = 4;
    }
    apply {
        key.apply();
        use(entries, type);
        s.hdr.state = KwEnum.state == KwEnum.list ? 8w1 : 8w0;
        s.hdr.entries = s.hdr.type;
        if (s.hdr.priority == 0) {
            s.list = s.hdr.list ++ s.hdr.list;
        }
        use(key = entries, type = type);
        kw_s copy = { hdr = s.hdr, list = s.list };
        s = copy;
        set_key(s.hdr, priority = 3);
    }
}
