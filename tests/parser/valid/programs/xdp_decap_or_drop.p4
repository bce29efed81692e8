/* programs/xdp_decap_or_drop.p4: an XDP program that removes an outer
 * IP-in-IP header for tunnels it terminates, drops packets whose TTL ran
 * out, counts actions per input port, and bounces ARP requests back out of
 * the input port. */
#include <core.p4>
#include "../include/xdp_stub.p4"
#include "../include/common_headers.p4"

struct Headers {
    ethernet_h ethernet;
    ipv4_h     outer;
    ipv4_h     inner;
}

parser Parser(packet_in packet, out Headers hd) {
    state start {
        packet.extract(hd.ethernet);
        transition select(hd.ethernet.etherType) {
            ETHERTYPE_IPV4: parse_outer;
            ETHERTYPE_ARP: accept;
            default: accept;
        }
    }
    state parse_outer {
        packet.extract(hd.outer);
        transition select(hd.outer.protocol) {
            IP_PROTO_IPIP: parse_inner;
            default: accept;
        }
    }
    state parse_inner {
        packet.extract(hd.inner);
        transition accept;
    }
}

control Ingress(inout Headers hd, in xdp_input xin, out xdp_output xout) {
    CounterArray(32w256, false) per_port;

    action set_action(xdp_action a) {
        xout.output_action = a;
    }

    action decap() {
        hd.outer = hd.inner;
        hd.inner.setInvalid();
        xout.output_action = xdp_action.XDP_PASS;
    }

    table tunnels {
        key = { hd.outer.dstAddr : exact; }
        actions = { decap; set_action; }
        implementation = hash_table(256);
        default_action = set_action(xdp_action.XDP_PASS);
    }

    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (hd.ethernet.etherType == ETHERTYPE_ARP) {
            bit<48> tmp = hd.ethernet.dstAddr;
            hd.ethernet.dstAddr = hd.ethernet.srcAddr;
            hd.ethernet.srcAddr = tmp;
            xout.output_port = xin.input_port;
            xout.output_action = xdp_action.XDP_TX;
        } else if (hd.outer.isValid()) {
            if (hd.outer.ttl <= 1) {
                xout.output_action = xdp_action.XDP_DROP;
            } else if (hd.inner.isValid()) {
                tunnels.apply();
            }
        }
        per_port.increment(xin.input_port);
    }
}

control Deparser(in Headers hdrs, packet_out packet) {
    apply {
        packet.emit(hdrs.ethernet);
        packet.emit(hdrs.outer);
        packet.emit(hdrs.inner);
    }
}

xdp(Parser(), Ingress(), Deparser()) main;
