// valid: tables with exact/ternary/lpm keys and @name on keys, action lists with bound directional arguments and @tableonly/@defaultonly, default_action with and without parentheses and const, size, a target-specific implementation property, const entries with masks, ranges, _ and default, entries with explicit and implied priorities, largest_priority_wins, priority_delta, const entries, keyless and empty-key tables, implicit NoAction default
// spec: sec-tables "Tables", sec-table-props, sec-entries "Entries", sec-entry-priorities, sec-table-action-anno
#include <core.p4>

extern ActionProfile {
    ActionProfile(bit<32> size);
}

header H {
    bit<8> e;
    bit<16> t;
    bit<32> dst;
    bool flag;
}

struct Hs {
    H h;
}

control c(inout Hs hdr, inout bit<9> port) {
    action drop() {
        port = 0x1FF;
    }
    action fwd(bit<9> p) {
        port = p;
    }
    action set_both(inout bit<8> f, bit<8> v) {
        f = v;
    }
    action only_default() {}

    table exact_ternary {
        key = {
            hdr.h.e : exact;
            hdr.h.t : ternary @name("tt");
        }
        actions = { drop; fwd; }
        default_action = drop;
        const entries = {
            (0x01, 0x1111 &&& 0xF) : fwd(1);
            (0x02, 0x1181) : fwd(2);
            (0x03, 0x1000 &&& 0xF000) : fwd(3);
            (0x04, _) : fwd(4);
            (0x05, default) : drop();
            _ : drop();
        }
        size = 64;
    }

    table lpm_tbl {
        key = { hdr.h.dst : lpm; }
        actions = {
            fwd;
            drop;
            @defaultonly only_default;
        }
        const default_action = only_default();
        implementation = ActionProfile(32);
    }

    table prio {
        key = {
            hdr.h.e : ternary;
            hdr.h.flag : exact;
        }
        actions = {
            set_both(hdr.h.e);
            @tableonly fwd;
            drop;
        }
        default_action = set_both(hdr.h.e, 8w3);
        largest_priority_wins = false;
        priority_delta = 10;
        @noWarn("duplicate_priorities")
        entries = {
            const priority=10: (0x01 &&& 0x0F, true) : fwd(1);
                               (0x02 .. 0x08, false) : set_both(hdr.h.e, 2);
            const              (0x10 &&& 0xF0, true) : drop();
                  priority=40: (_, false) : drop();
        }
    }

    table keyless {
        actions = { drop; }
        default_action = drop();
    }

    table empty_key {
        key = {}
        actions = { NoAction; }
    }

    table implicit_default {
        key = { port : exact; }
        actions = { fwd; }
    }

    table no_entries {
        key = { hdr.h.e : exact; }
        actions = { drop; }
        const entries = {
        }
    }

    apply {
        exact_ternary.apply();
        lpm_tbl.apply();
        prio.apply();
        keyless.apply();
        empty_key.apply();
        implicit_default.apply();
        no_entries.apply();
    }
}
