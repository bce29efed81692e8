/* programs/v1model_firewall.p4: a stateful firewall for a v1model-style
 * switch: an ACL of ternary and range matches with priorities and constant
 * entries, an LPM table of trusted prefixes, a bloom filter of established
 * connections in two registers indexed by hashes, a meter that rate-limits
 * new connections, and a digest to the control plane. */
#include <core.p4>
#include "../include/v1model_stub.p4"
#include "../include/common_headers.p4"

const bit<32> BLOOM_SIZE = 4096;
const bit<8> TCP_SYN = 0x02;
const bit<8> TCP_ACK = 0x10;

struct headers {
    ethernet_h ethernet;
    ipv4_h     ipv4;
    tcp_h      tcp;
    udp_h      udp;
}

struct metadata {
    bit<32> index1;
    bit<32> index2;
    bit<1>  seen1;
    bit<1>  seen2;
    bit<2>  color;
    bool    trusted;
    bit<16> l4_src;
    bit<16> l4_dst;
}

struct new_flow_digest_t {
    ipv4_addr_t src;
    ipv4_addr_t dst;
    bit<16>     dport;
}

parser FwParser(packet_in packet, out headers hdr, inout metadata meta,
                inout standard_metadata_t standard_metadata) {
    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.etherType) {
            ETHERTYPE_IPV4: parse_ipv4;
            default: accept;
        }
    }
    state parse_ipv4 {
        packet.extract(hdr.ipv4);
        transition select(hdr.ipv4.protocol) {
            IP_PROTO_TCP: parse_tcp;
            IP_PROTO_UDP: parse_udp;
            default: accept;
        }
    }
    state parse_tcp {
        packet.extract(hdr.tcp);
        meta.l4_src = hdr.tcp.srcPort;
        meta.l4_dst = hdr.tcp.dstPort;
        transition accept;
    }
    state parse_udp {
        packet.extract(hdr.udp);
        meta.l4_src = hdr.udp.srcPort;
        meta.l4_dst = hdr.udp.dstPort;
        transition accept;
    }
}

control FwVerifyChecksum(inout headers hdr, inout metadata meta) {
    apply { }
}

control FwIngress(inout headers hdr, inout metadata meta,
                  inout standard_metadata_t standard_metadata) {
    register<bit<1>>(BLOOM_SIZE) bloom1;
    register<bit<1>>(BLOOM_SIZE) bloom2;
    meter(1, MeterType.packets) new_conn_meter;
    counter(64, CounterType.packets) acl_hits;

    action drop() {
        mark_to_drop(standard_metadata);
    }

    action allow() { }

    action count_and_drop(bit<32> rule) {
        acl_hits.count(rule);
        drop();
    }

    action forward(PortId_t port) {
        standard_metadata.egress_spec = port;
    }

    table acl {
        key = {
            hdr.ipv4.srcAddr  : ternary;
            hdr.ipv4.dstAddr  : ternary;
            hdr.ipv4.protocol : ternary;
            meta.l4_dst       : range;
            hdr.tcp.flags     : ternary @name("tcp_flags");
        }
        actions = { allow; count_and_drop; drop; }
        const entries = {
            priority = 100: (_, _, IP_PROTO_TCP, 23 .. 23, _) : count_and_drop(0);
            priority = 90: (0x0A000000 &&& 0xFF000000, _, _, _, _) : allow();
            priority = (80 + 5): (_, 0xC0A80000 &&& 0xFFFF0000, IP_PROTO_UDP, 0 .. 1023, _) : drop();
            priority = 10: (_, _, _, _, TCP_SYN &&& TCP_SYN) : allow();
        }
        default_action = allow;
        size = 256;
    }

    action mark_trusted() {
        meta.trusted = true;
    }

    table trusted_prefixes {
        key = { hdr.ipv4.srcAddr : lpm; }
        actions = { mark_trusted; NoAction; }
        default_action = NoAction();
    }

    table routing {
        key = { hdr.ipv4.dstAddr : lpm; }
        actions = { forward; drop; }
        default_action = drop();
    }

    action compute_indices(ipv4_addr_t a, ipv4_addr_t b, bit<16> pa, bit<16> pb) {
        hash(meta.index1, HashAlgorithm.crc16, 32w0,
             { a, b, pa, pb, hdr.ipv4.protocol }, BLOOM_SIZE);
        hash(meta.index2, HashAlgorithm.crc32, 32w0,
             { a, b, pa, pb, hdr.ipv4.protocol }, BLOOM_SIZE);
    }

    apply {
        if (!hdr.ipv4.isValid()) {
            drop();
            return;
        }
        switch (acl.apply().action_run) {
            count_and_drop:
            drop: { return; }
            default: { }
        }
        meta.trusted = false;
        trusted_prefixes.apply();
        if (hdr.tcp.isValid()) {
            if (meta.trusted) {
                compute_indices(hdr.ipv4.srcAddr, hdr.ipv4.dstAddr, meta.l4_src, meta.l4_dst);
                if (hdr.tcp.flags & TCP_SYN == TCP_SYN) {
                    new_conn_meter.execute_meter(0, meta.color);
                    if (meta.color == 2) {
                        drop();
                        return;
                    }
                    bloom1.write(meta.index1, 1);
                    bloom2.write(meta.index2, 1);
                    digest<new_flow_digest_t>(1, {
                        src = hdr.ipv4.srcAddr,
                        dst = hdr.ipv4.dstAddr,
                        dport = meta.l4_dst
                    });
                }
            } else {
                compute_indices(hdr.ipv4.dstAddr, hdr.ipv4.srcAddr, meta.l4_dst, meta.l4_src);
                bloom1.read(meta.seen1, meta.index1);
                bloom2.read(meta.seen2, meta.index2);
                if (meta.seen1 != 1 || meta.seen2 != 1) {
                    drop();
                    return;
                }
            }
        }
        routing.apply();
    }
}

control FwEgress(inout headers hdr, inout metadata meta,
                 inout standard_metadata_t standard_metadata) {
    apply { }
}

control FwComputeChecksum(inout headers hdr, inout metadata meta) {
    apply { }
}

control FwDeparser(packet_out packet, in headers hdr) {
    apply {
        packet.emit(hdr.ethernet);
        packet.emit(hdr.ipv4);
        packet.emit(hdr.tcp);
        packet.emit(hdr.udp);
    }
}

V1Switch(FwParser(), FwVerifyChecksum(), FwIngress(), FwEgress(),
         FwComputeChecksum(), FwDeparser()) main;
