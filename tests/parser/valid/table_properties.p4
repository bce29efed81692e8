/* table_properties.p4: every table property: `key` (empty, one element,
 * several, match kinds, annotations, expressions as keys), `actions`
 * (empty, plain names, `.global` names, bound arguments, annotations),
 * `const entries` and `entries` (tuple and simple keysets, masks, ranges,
 * `_`, `default`, `priority = 10:`, `priority = (expr):`, annotations and
 * actions with arguments, per-entry `const`), `default_action` with and
 * without `const`, `size`, `implementation`, annotated properties, and
 * arbitrary architecture-specific properties whose names are identifiers,
 * type names or the keywords `apply`, `state`, `type` and `priority`. */
#include <core.p4>

match_kind { range, optional }

header h_t { bit<32> dst; bit<16> port; bit<8> proto; bit<8> ttl; }

extern ActionProfile { ActionProfile(bit<32> size); }
extern Counter { Counter(bit<32> size); }
struct Timeout { bit<32> ms; }

const bit<32> PRIO_BASE = 100;

action global_action(bit<8> x) { }

control c(inout h_t h) {
    action nop() { }
    action drop() { }
    action fwd(bit<16> port) { h.port = port; }
    action set(bit<8> proto, bit<8> ttl) { h.proto = proto; h.ttl = ttl; }
    action dir_arg(in bit<8> x) { h.ttl = x; }

    table minimal {
        actions = { }
    }

    table no_key {
        actions = { nop; }
        const default_action = nop();
    }

    table empty_key {
        key = { }
        actions = { nop; }
        default_action = nop;
    }

    table exact_lpm {
        key = {
            h.dst : lpm;
            h.port : exact;
            h.proto : ternary @name("proto");
            h.ttl & 0xF0 : ternary;
            h.dst[31:24] : exact @name("dst_top");
            h.port ++ (bit<16>)h.proto : range;
            h.ttl : optional;
        }
        actions = {
            nop;
            drop;
            fwd;
            set;
            .global_action;
            @tableonly fwd;
            @defaultonly NoAction;
            dir_arg(h.ttl);
            dir_arg(8w1);
        }
        default_action = drop();
        size = 1024;
        @name("impl") implementation = ActionProfile(32);
        counters = Counter(1024);
        support_timeout = true;
        idle_timeout = { ms = 10 };
        Timeout = { ms = 5 };
        apply = 1;
        state = 2;
        type = 3;
        priority = 4;
        pna_direct_counter = 0;
        largest_priority_wins = false;
        priority_delta = 10;
    }

    table with_const_entries {
        key = { h.dst : ternary; h.port : range; h.proto : exact; }
        actions = { fwd; drop; set; }
        const entries = {
            (32w0x0A000000 &&& 32w0xFF000000, 0 .. 1023, 6) : fwd(1);
            (0x0A000000 &&& 0xFF000000, 1024 .. 65535, _) : fwd(2);
            (_, _, 17) : set(17, 64);
            (default, default, default) : drop();
            priority = 10: (1, 2, 3) : fwd(3);
            priority = (PRIO_BASE + 1): (4, 5, 6) : drop();
            priority = 7 : (_, 1, _) : set(1, 2) @name("annotated_entry");
        }
        const default_action = drop;
    }

    table single_key_entries {
        key = { h.proto : exact; }
        actions = { fwd; nop; }
        const entries = {
            6 : fwd(80);
            17 : fwd(53);
            0x01 : nop;
            _ : nop();
        }
    }

    table mutable_entries {
        key = { h.proto : ternary; }
        actions = { fwd; nop; }
        entries = {
            const 0x06 &&& 0xFF : fwd(1);
            0x11 &&& 0xFF : fwd(2);
            const priority = 1: 0x00 &&& 0x00 : nop;
        }
        default_action = nop;
    }

    table annotated_entries_prop {
        key = { h.proto : exact; }
        actions = { nop; }
        @noWarn("x") const entries = { }
        @hidden entries = { }
    }

    apply {
        minimal.apply();
        no_key.apply();
        empty_key.apply();
        exact_lpm.apply();
        with_const_entries.apply();
        single_key_entries.apply();
        mutable_entries.apply();
    }
}
