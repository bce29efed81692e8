// valid: a parser state machine: parser locals, lookahead, fixed and variable-size extract, advance, verify with user errors, select with masks, ranges, tuples, _ and default, a sub-parser instance, conditional and empty statements in states, implicit transition to reject
// spec: sec-packet-parsing "Packet parsing", sec-select, sec-packet-data-extraction, sec-invoke-subparser
#include <core.p4>

header Eth {
    bit<48> dst;
    bit<48> src;
    bit<16> type;
}

header Ipv4 {
    bit<4> version;
    bit<4> ihl;
    bit<8> tos;
    bit<16> len;
    bit<16> id;
    bit<3> flags;
    bit<13> frag;
    bit<8> ttl;
    bit<8> proto;
    bit<16> csum;
    bit<32> src;
    bit<32> dst;
}

header Opts {
    varbit<320> options;
}

header Tcp_h {
    bit<16> sport;
    bit<16> dport;
}

struct Headers {
    Eth eth;
    Ipv4 ip;
    Opts opts;
    Tcp_h tcp;
}

error { IPv4IncorrectVersion, IPv4OptionsNotSupported }

parser sub(packet_in b, out Tcp_h tcp) {
    state start {
        b.extract(tcp);
        transition accept;
    }
}

parser top(packet_in b, out Headers h, out bit<16> peek) {
    sub() subparser;
    bit<8> counter = 0;
    state start {
        peek = b.lookahead<bit<16>>();
        Eth e = b.lookahead<Eth>();
        b.extract(h.eth);
        transition select(h.eth.type) {
            0x0800: parse_ipv4;
            0x86DD &&& 0xFFFF: reject;
            0x9000 .. 0x9FFF: skip;
            default: accept;
        }
    }
    state skip {
        b.advance(32);
        b.extract<Eth>(_);
        transition accept;
    }
    state parse_ipv4 {
        b.extract(h.ip);
        verify(h.ip.version == 4w4, error.IPv4IncorrectVersion);
        transition select(h.ip.ihl, h.ip.proto) {
            (5, 6): parse_tcp;
            (5, _): accept;
            (4w6 .. 4w15, _): parse_opts;
            (_, _): reject;
        }
    }
    state parse_opts {
        b.extract(h.opts, (bit<32>)(((bit<16>)h.ip.ihl - 5) * 32));
        transition parse_tcp;
    }
    state parse_tcp {
        if (h.ip.ttl == 0) {
            counter = counter + 1;
        } else {
            ;
        }
        subparser.apply(b, h.tcp);
        transition accept;
    }
    state dead_end {
        counter = 0;
    }
}
