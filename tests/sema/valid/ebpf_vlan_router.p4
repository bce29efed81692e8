// valid: an eBPF packet-filter program with a VLAN header stack parsed in a loop, an lpm table implemented by array_table with const entries, a second hash_table table keyed on a stack element, and main specialized explicitly as ebpfFilter<headers_t>
// spec: sec-pkt-filter "A Packet Filter Model", sec-parse-header-stacks, sec-entries
#include <core.p4>
#include <ebpf_model.p4>

header ethernet_t {
    bit<48> dst;
    bit<48> src;
    bit<16> ether_type;
}

header vlan_t {
    bit<3>  pcp;
    bit<1>  dei;
    bit<12> vid;
    bit<16> ether_type;
}

header ipv4_t {
    bit<8>  version_ihl;
    bit<8>  tos;
    bit<16> len;
    bit<32> misc;
    bit<8>  ttl;
    bit<8>  proto;
    bit<16> csum;
    bit<32> src;
    bit<32> dst;
}

struct headers_t {
    ethernet_t eth;
    vlan_t[2]  vlan;
    ipv4_t     ip;
}

parser vlan_parser(packet_in packet, out headers_t hdr) {
    state start {
        packet.extract(hdr.eth);
        transition select(hdr.eth.ether_type) {
            0x8100: parse_vlan;
            0x0800: parse_ip;
            default: reject;
        }
    }
    state parse_vlan {
        packet.extract(hdr.vlan.next);
        transition select(hdr.vlan.last.ether_type) {
            0x8100: parse_vlan;
            0x0800: parse_ip;
            default: reject;
        }
    }
    state parse_ip {
        packet.extract(hdr.ip);
        transition accept;
    }
}

control router(inout headers_t hdr, out bool accept) {
    action drop() {
        accept = false;
    }
    action route(bit<8> min_ttl) {
        accept = hdr.ip.ttl > min_ttl;
    }
    table routes {
        key = { hdr.ip.dst : lpm; }
        actions = { drop; route; }
        implementation = array_table(128);
        default_action = drop();
        const entries = {
            0x0A000000 &&& 0xFF000000 : route(1);
            0xC0A80000 &&& 0xFFFF0000 : route(2);
        }
    }
    table vlans {
        key = { hdr.vlan[0].vid : exact; }
        actions = { drop; NoAction; }
        implementation = hash_table(4096);
        default_action = NoAction();
    }
    apply {
        accept = false;
        if (hdr.vlan[0].isValid()) {
            vlans.apply();
        }
        if (hdr.ip.isValid()) {
            routes.apply();
        }
    }
}

ebpfFilter<headers_t>(vlan_parser(), router()) main;
