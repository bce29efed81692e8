/* programs/v1model_tunnel.p4: tunnelling on a v1model-style switch: a
 * custom tunnel header with its own EtherType, GRE and MPLS encapsulation
 * and decapsulation, a header union for the inner IP version, a header
 * stack of MPLS labels pushed and popped, and a deparser that emits
 * whichever headers are valid. */
#include <core.p4>
#include "../include/v1model_stub.p4"
#include "../include/common_headers.p4"

const bit<16> ETHERTYPE_MYTUNNEL = 0x1212;
#define MAX_LABELS 3

header myTunnel_h {
    bit<16> proto_id;
    bit<16> dst_id;
}

header_union ip_u {
    ipv4_h v4;
    ipv6_h v6;
}

struct headers {
    ethernet_h         ethernet;
    myTunnel_h         myTunnel;
    mpls_h[MAX_LABELS] mpls;
    ipv4_h             outer_ipv4;
    gre_h              gre;
    ip_u               inner;
}

struct metadata {
    bit<16> tunnel_id;
    bit<8>  labels;
}

parser TunnelParser(packet_in packet, out headers hdr, inout metadata meta,
                    inout standard_metadata_t standard_metadata) {
    state start {
        meta.labels = 0;
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.etherType) {
            ETHERTYPE_MYTUNNEL: parse_myTunnel;
            ETHERTYPE_MPLS: parse_mpls;
            ETHERTYPE_IPV4: parse_ipv4;
            ETHERTYPE_IPV6: parse_ipv6;
            default: accept;
        }
    }
    state parse_myTunnel {
        packet.extract(hdr.myTunnel);
        transition select(hdr.myTunnel.proto_id) {
            ETHERTYPE_IPV4: parse_ipv4;
            default: accept;
        }
    }
    state parse_mpls {
        packet.extract(hdr.mpls.next);
        meta.labels = meta.labels + 1;
        transition select(hdr.mpls.last.bos) {
            0: parse_mpls;
            1: parse_ipv4;
        }
    }
    state parse_ipv4 {
        bit<4> version = packet.lookahead<bit<4>>();
        transition select(version) {
            4: parse_ipv4_for_real;
            6: parse_ipv6;
            default: reject;
        }
    }
    state parse_ipv4_for_real {
        packet.extract(hdr.outer_ipv4);
        transition select(hdr.outer_ipv4.protocol) {
            IP_PROTO_GRE: parse_gre;
            default: accept;
        }
    }
    state parse_gre {
        packet.extract(hdr.gre);
        transition select(hdr.gre.protocol) {
            ETHERTYPE_IPV4: parse_inner_v4;
            ETHERTYPE_IPV6: parse_inner_v6;
            default: accept;
        }
    }
    state parse_inner_v4 {
        packet.extract(hdr.inner.v4);
        transition accept;
    }
    state parse_inner_v6 {
        packet.extract(hdr.inner.v6);
        transition accept;
    }
    state parse_ipv6 {
        packet.extract(hdr.inner.v6);
        transition accept;
    }
}

control TunnelVerifyChecksum(inout headers hdr, inout metadata meta) {
    apply { }
}

control TunnelIngress(inout headers hdr, inout metadata meta,
                      inout standard_metadata_t standard_metadata) {
    action drop() {
        mark_to_drop(standard_metadata);
    }

    action myTunnel_forward(PortId_t port) {
        standard_metadata.egress_spec = port;
    }

    action myTunnel_encap(bit<16> dst_id) {
        hdr.myTunnel.setValid();
        hdr.myTunnel.dst_id = dst_id;
        hdr.myTunnel.proto_id = hdr.ethernet.etherType;
        hdr.ethernet.etherType = ETHERTYPE_MYTUNNEL;
    }

    action gre_encap(ipv4_addr_t src, ipv4_addr_t dst) {
        hdr.inner.v4 = hdr.outer_ipv4;
        hdr.outer_ipv4.setValid();
        hdr.outer_ipv4 = {
            version = 4, ihl = 5, dscp = 0, ecn = 0,
            totalLen = hdr.inner.v4.totalLen + 24,
            identification = 0, flags = 0, fragOffset = 0,
            ttl = 64, protocol = IP_PROTO_GRE, hdrChecksum = 0,
            srcAddr = src, dstAddr = dst
        };
        hdr.gre.setValid();
        hdr.gre = { C = 0, R = 0, K = 0, S = 0, reserved = 0, version = 0,
                    protocol = ETHERTYPE_IPV4 };
    }

    action gre_decap() {
        hdr.outer_ipv4 = hdr.inner.v4;
        hdr.gre.setInvalid();
        hdr.inner.v4.setInvalid();
    }

    action mpls_push(bit<20> label) {
        hdr.mpls.push_front(1);
        hdr.mpls[0].setValid();
        hdr.mpls[0].label = label;
        hdr.mpls[0].tc = 0;
        hdr.mpls[0].bos = meta.labels == 0 ? 1w1 : 1w0;
        hdr.mpls[0].ttl = 64;
        hdr.ethernet.etherType = ETHERTYPE_MPLS;
    }

    action mpls_pop() {
        hdr.mpls.pop_front(1);
        if (!hdr.mpls[0].isValid()) {
            hdr.ethernet.etherType = ETHERTYPE_IPV4;
        }
    }

    table tunnel_exact {
        key = { hdr.myTunnel.dst_id : exact; }
        actions = { myTunnel_forward; drop; }
        size = 1024;
        default_action = drop();
    }

    table encap {
        key = {
            hdr.outer_ipv4.dstAddr : lpm;
            hdr.mpls[0].label      : exact;
        }
        actions = { myTunnel_encap; gre_encap; gre_decap; mpls_push; mpls_pop; NoAction; }
        default_action = NoAction();
    }

    apply {
        if (hdr.outer_ipv4.isValid() && !hdr.myTunnel.isValid()) {
            encap.apply();
        }
        if (hdr.myTunnel.isValid()) {
            tunnel_exact.apply();
        }
    }
}

control TunnelEgress(inout headers hdr, inout metadata meta,
                     inout standard_metadata_t standard_metadata) {
    apply { }
}

control TunnelComputeChecksum(inout headers hdr, inout metadata meta) {
    apply { }
}

control TunnelDeparser(packet_out packet, in headers hdr) {
    apply {
        packet.emit(hdr.ethernet);
        packet.emit(hdr.myTunnel);
        packet.emit(hdr.mpls);
        packet.emit(hdr.outer_ipv4);
        packet.emit(hdr.gre);
        packet.emit(hdr.inner);
    }
}

V1Switch(TunnelParser(), TunnelVerifyChecksum(), TunnelIngress(), TunnelEgress(),
         TunnelComputeChecksum(), TunnelDeparser()) main;
