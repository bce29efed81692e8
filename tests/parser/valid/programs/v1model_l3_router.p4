/* programs/v1model_l3_router.p4: a basic IPv4 router for a v1model-style
 * switch: LPM routing to a next hop, next-hop rewrite of MAC addresses and
 * TTL, ARP replies from a table of the router's addresses, checksum
 * verification and update, and a deparser. */
#include <core.p4>
#include "../include/v1model_stub.p4"
#include "../include/common_headers.p4"

header arp_h {
    bit<16>    htype;
    bit<16>    ptype;
    bit<8>     hlen;
    bit<8>     plen;
    bit<16>    oper;
    mac_addr_t sha;
    bit<32>    spa;
    mac_addr_t tha;
    bit<32>    tpa;
}

struct headers {
    ethernet_h ethernet;
    arp_h      arp;
    ipv4_h     ipv4;
}

struct metadata {
    bit<16> nexthop_id;
    bit<32> dst_ipv4;
}

const bit<16> ARP_REQUEST = 1;
const bit<16> ARP_REPLY = 2;

parser MyParser(packet_in packet, out headers hdr, inout metadata meta,
                inout standard_metadata_t standard_metadata) {
    state start {
        transition parse_ethernet;
    }
    state parse_ethernet {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.etherType) {
            ETHERTYPE_IPV4: parse_ipv4;
            ETHERTYPE_ARP: parse_arp;
            default: accept;
        }
    }
    state parse_arp {
        packet.extract(hdr.arp);
        meta.dst_ipv4 = hdr.arp.tpa;
        transition accept;
    }
    state parse_ipv4 {
        packet.extract(hdr.ipv4);
        meta.dst_ipv4 = hdr.ipv4.dstAddr;
        transition accept;
    }
}

control MyVerifyChecksum(inout headers hdr, inout metadata meta) {
    apply {
        verify_checksum(
            hdr.ipv4.isValid(),
            { hdr.ipv4.version, hdr.ipv4.ihl, hdr.ipv4.dscp, hdr.ipv4.ecn,
              hdr.ipv4.totalLen, hdr.ipv4.identification, hdr.ipv4.flags,
              hdr.ipv4.fragOffset, hdr.ipv4.ttl, hdr.ipv4.protocol,
              hdr.ipv4.srcAddr, hdr.ipv4.dstAddr },
            hdr.ipv4.hdrChecksum,
            HashAlgorithm.csum16);
    }
}

control MyIngress(inout headers hdr, inout metadata meta,
                  inout standard_metadata_t standard_metadata) {
    direct_counter(CounterType.packets_and_bytes) route_hits;

    action drop() {
        mark_to_drop(standard_metadata);
    }

    action set_nexthop(bit<16> nexthop_id) {
        meta.nexthop_id = nexthop_id;
        route_hits.count();
    }

    action route_miss() {
        route_hits.count();
        drop();
    }

    table ipv4_lpm {
        key = { meta.dst_ipv4 : lpm; }
        actions = { set_nexthop; route_miss; }
        default_action = route_miss();
        counters = route_hits;
        size = 16384;
    }

    action rewrite(mac_addr_t src, mac_addr_t dst, PortId_t port) {
        hdr.ethernet.srcAddr = src;
        hdr.ethernet.dstAddr = dst;
        standard_metadata.egress_spec = port;
        hdr.ipv4.ttl = hdr.ipv4.ttl - 1;
    }

    table nexthop {
        key = { meta.nexthop_id : exact; }
        actions = { rewrite; drop; }
        default_action = drop;
    }

    action arp_reply(mac_addr_t router_mac) {
        hdr.ethernet.dstAddr = hdr.arp.sha;
        hdr.ethernet.srcAddr = router_mac;
        hdr.arp.oper = ARP_REPLY;
        hdr.arp.tha = hdr.arp.sha;
        hdr.arp.sha = router_mac;
        bit<32> spa = hdr.arp.spa;
        hdr.arp.spa = hdr.arp.tpa;
        hdr.arp.tpa = spa;
        standard_metadata.egress_spec = standard_metadata.ingress_port;
    }

    table router_addresses {
        key = {
            meta.dst_ipv4 : exact;
            hdr.arp.oper  : exact;
        }
        actions = { arp_reply; drop; NoAction; }
        default_action = NoAction;
    }

    apply {
        if (hdr.arp.isValid()) {
            router_addresses.apply();
        } else if (hdr.ipv4.isValid() && hdr.ipv4.ttl > 1) {
            if (ipv4_lpm.apply().hit) {
                nexthop.apply();
            }
        } else {
            drop();
        }
    }
}

control MyEgress(inout headers hdr, inout metadata meta,
                 inout standard_metadata_t standard_metadata) {
    apply { }
}

control MyComputeChecksum(inout headers hdr, inout metadata meta) {
    apply {
        update_checksum(
            hdr.ipv4.isValid(),
            { hdr.ipv4.version, hdr.ipv4.ihl, hdr.ipv4.dscp, hdr.ipv4.ecn,
              hdr.ipv4.totalLen, hdr.ipv4.identification, hdr.ipv4.flags,
              hdr.ipv4.fragOffset, hdr.ipv4.ttl, hdr.ipv4.protocol,
              hdr.ipv4.srcAddr, hdr.ipv4.dstAddr },
            hdr.ipv4.hdrChecksum,
            HashAlgorithm.csum16);
    }
}

control MyDeparser(packet_out packet, in headers hdr) {
    apply {
        packet.emit(hdr.ethernet);
        packet.emit(hdr.arp);
        packet.emit(hdr.ipv4);
    }
}

V1Switch(
    MyParser(),
    MyVerifyChecksum(),
    MyIngress(),
    MyEgress(),
    MyComputeChecksum(),
    MyDeparser()
) main;
