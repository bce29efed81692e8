/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* subparser.p4: parsers applied from parsers (spec, "Invoking parsers").
 * The top parser hands the EtherType to `l3`, which takes an optional VLAN
 * tag and IPv4 and applies its own sub-parser `l4` for the ports; `l3`
 * reports the IP protocol through an `out` argument, and its local keeps a
 * value across its states. A sub-parser's reject (verify, no match, too
 * short) rejects the packet; TCP is refused by the top parser from the
 * protocol l3 reported. The control rewrites the UDP destination port. */
#include <xdp_model.p4>

header ethernet_t {
    bit<48> dst_addr;
    bit<48> src_addr;
    bit<16> ether_type;
}

header vlan_t {
    bit<16> tci;
    bit<16> ether_type;
}

header ipv4_t {
    bit<8> version_ihl;
    bit<8> diffserv;
    bit<16> total_len;
    bit<32> id_flags;
    bit<8> ttl;
    bit<8> protocol;
    bit<16> hdr_checksum;
    bit<32> src_addr;
    bit<32> dst_addr;
}

header ports_t {
    bit<16> src_port;
    bit<16> dst_port;
}

struct headers_t {
    ethernet_t ethernet;
    vlan_t vlan;
    ipv4_t ipv4;
    ports_t ports;
}

parser l4_parser(packet_in packet, inout headers_t hdr, in bit<8> proto) {
    state start {
        transition select(proto) {
            17: ports;
            default: accept;
        }
    }
    state ports {
        packet.extract(hdr.ports);
        transition accept;
    }
}

parser l3_parser(packet_in packet, inout headers_t hdr, in bit<16> ether_type, out bit<8> proto) {
    l4_parser() l4;
    bit<16> inner = ether_type;

    state start {
        transition select(inner) {
            0x8100: vlan;
            0x0800: ipv4;
            default: accept;
        }
    }
    state vlan {
        packet.extract(hdr.vlan);
        inner = hdr.vlan.ether_type;
        transition select(inner) {
            0x0800: ipv4;
        }
    }
    state ipv4 {
        packet.extract(hdr.ipv4);
        verify(hdr.ipv4.ttl != 0, error.ParserInvalidArgument);
        l4.apply(packet, hdr, hdr.ipv4.protocol);
        proto = hdr.ipv4.protocol;
        transition accept;
    }
}

parser prs(packet_in packet, out headers_t hdr) {
    l3_parser() l3;
    bit<8> proto = 0;

    state start {
        packet.extract(hdr.ethernet);
        l3.apply(packet, hdr, hdr.ethernet.ether_type, proto);
        transition select(proto) {
            6: reject;
            default: accept;
        }
    }
}

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (hdr.ports.isValid())
            hdr.ports.dst_port = 0x1234;
    }
}

control dep(in headers_t hdr, packet_out packet) {
    apply {
        packet.emit(hdr.ethernet);
        packet.emit(hdr.vlan);
        packet.emit(hdr.ipv4);
        packet.emit(hdr.ports);
    }
}

xdp(prs(), ctl(), dep()) main;
