/* decl_error_match_kind.p4: error and match_kind declarations (one member,
 * several members, a trailing comma on match_kind, several declarations that
 * add to the same namespace), and the uses `error.X`, `error` as a type and
 * match kinds in table keys. */
#include <core.p4>

error { BadChecksum }
error {
    BadVersion,
    TooManyOptions,
    UnknownProtocol
}

match_kind { range }
match_kind {
    selector,
    optional,
}

header h_t { bit<8> version; bit<16> csum; }

parser p(packet_in pkt, out h_t h, out error e) {
    state start {
        pkt.extract(h);
        e = error.NoError;
        verify(h.version == 4, error.BadVersion);
        transition select(h.csum) {
            0: bad;
            default: accept;
        }
    }
    state bad {
        e = error.BadChecksum;
        transition reject;
    }
}

control c(in h_t h, in error e) {
    action nop() { }
    table t {
        key = {
            h.version : exact;
            h.csum : range;
            e : optional;
            h.csum : selector;
            h.version : ternary;
            h.csum : lpm;
        }
        actions = { nop; }
    }
    apply {
        if (e != error.NoError && e == error.PacketTooShort) {
            return;
        }
        t.apply();
    }
}
