// valid: a program for p4c's eBPF packet-filter model (ebpf_model.p4): parser, filter control with CounterArray instances, a hash_table-implemented table, switch on action_run, and main = ebpfFilter(...) with H inferred
// spec: sec-pkt-filter "A Packet Filter Model", sec-target-instantiation
#include <core.p4>
#include <ebpf_model.p4>

typedef bit<48> MacAddr_t;
typedef bit<32> Ip4Addr_t;

header ethernet_t {
    MacAddr_t dst;
    MacAddr_t src;
    bit<16>   ether_type;
}

header ipv4_t {
    bit<4>    version;
    bit<4>    ihl;
    bit<8>    dscp;
    bit<16>   total_len;
    bit<16>   ident;
    bit<3>    flags;
    bit<13>   frag_offset;
    bit<8>    ttl;
    bit<8>    protocol;
    bit<16>   checksum;
    Ip4Addr_t src;
    Ip4Addr_t dst;
}

header udp_t {
    bit<16> sport;
    bit<16> dport;
    bit<16> length;
    bit<16> checksum;
}

struct headers_t {
    ethernet_t eth;
    ipv4_t     ip;
    udp_t      udp;
}

error { IpOptionsPresent }

const bit<16> ETH_IPV4 = 0x0800;
const bit<8>  PROTO_UDP = 17;

parser udp_parser(packet_in packet, out headers_t hdr) {
    state start {
        packet.extract(hdr.eth);
        transition select(hdr.eth.ether_type) {
            ETH_IPV4: parse_ip;
            default: accept;
        }
    }
    state parse_ip {
        packet.extract(hdr.ip);
        verify(hdr.ip.ihl == 5, error.IpOptionsPresent);
        transition select(hdr.ip.protocol) {
            PROTO_UDP: parse_udp;
            default: accept;
        }
    }
    state parse_udp {
        packet.extract(hdr.udp);
        transition accept;
    }
}

control udp_filter(inout headers_t hdr, out bool accept) {
    CounterArray(32w256, false) per_protocol;
    CounterArray(32w65536, true) per_port;

    action block() {
        accept = false;
    }
    action allow() {
        accept = true;
    }
    table blocked_ports {
        key = { hdr.udp.dport : exact; }
        actions = { block; allow; }
        implementation = hash_table(64);
        default_action = allow();
    }
    apply {
        accept = true;
        if (!hdr.ip.isValid()) {
            return;
        }
        per_protocol.increment((bit<32>)hdr.ip.protocol);
        if (hdr.udp.isValid()) {
            per_port.increment((bit<32>)hdr.udp.dport);
            switch (blocked_ports.apply().action_run) {
                block: {
                    per_protocol.increment(32w0);
                }
                default: {}
            }
        }
    }
}

ebpfFilter(udp_parser(), udp_filter()) main;
