/* programs/psa_l2_switch.p4: a PSA-style learning L2 switch with VLANs:
 * ingress parser/control/deparser and egress ones, a MAC table with an
 * action profile, broadcast through multicast groups, per-port counters,
 * a meter, a register of last-seen times, and checksum-free deparsing. */
#include <core.p4>
#include "../include/psa_stub.p4"
#include "../include/common_headers.p4"

struct headers_t {
    ethernet_h ethernet;
    vlan_h     vlan;
}

struct metadata_t {
    bit<12> vid;
    bool    learn;
}

struct empty_metadata_t { }

parser IngressParserImpl(packet_in buffer, out headers_t hdr, inout metadata_t meta,
                         in psa_ingress_input_metadata_t istd) {
    state start {
        buffer.extract(hdr.ethernet);
        meta.vid = 1;
        meta.learn = false;
        transition select(hdr.ethernet.etherType) {
            ETHERTYPE_VLAN: parse_vlan;
            default: accept;
        }
    }
    state parse_vlan {
        buffer.extract(hdr.vlan);
        meta.vid = hdr.vlan.vid;
        transition accept;
    }
}

control ingress(inout headers_t hdr, inout metadata_t meta,
                in psa_ingress_input_metadata_t istd,
                inout psa_ingress_output_metadata_t ostd) {
    Counter<bit<32>, PortId_t>(512, PSA_CounterType_t.PACKETS_AND_BYTES) port_bytes;
    Meter<bit<12>>(4096, PSA_CounterType_t.BYTES) vlan_meter;
    Register<bit<48>, bit<16>>(1024) last_seen;
    ActionProfile(128) mac_profile;

    action forward(PortId_t port) {
        send_to_port(ostd, port);
    }

    action flood() {
        ostd.multicast_group = (MulticastGroup_t)(bit<16>)meta.vid;
    }

    action drop() {
        ingress_drop(ostd);
    }

    table dmac {
        key = {
            meta.vid            : exact;
            hdr.ethernet.dstAddr : exact;
        }
        actions = { forward; flood; drop; }
        default_action = flood();
        psa_implementation = mac_profile;
        size = 4096;
    }

    action learn() {
        meta.learn = true;
    }

    table smac {
        key = {
            meta.vid             : exact;
            hdr.ethernet.srcAddr : exact;
        }
        actions = { learn; NoAction; }
        default_action = learn;
        psa_idle_timeout = true;
    }

    apply {
        port_bytes.count(istd.ingress_port);
        if (vlan_meter.execute(meta.vid) == PSA_MeterColor_t.RED) {
            drop();
            exit;
        }
        smac.apply();
        if (meta.learn) {
            last_seen.write((bit<16>)hdr.ethernet.srcAddr[15:0], 48w0);
        }
        if (hdr.ethernet.dstAddr == 0xFFFF_FFFF_FFFF) {
            flood();
        } else {
            dmac.apply();
        }
    }
}

control IngressDeparserImpl(packet_out buffer, inout headers_t hdr, in metadata_t meta) {
    apply {
        buffer.emit(hdr.ethernet);
        buffer.emit(hdr.vlan);
    }
}

parser EgressParserImpl(packet_in buffer, out headers_t hdr, inout empty_metadata_t meta,
                        in psa_egress_input_metadata_t istd) {
    state start {
        buffer.extract(hdr.ethernet);
        transition select(hdr.ethernet.etherType) {
            ETHERTYPE_VLAN: parse_vlan;
            default: accept;
        }
    }
    state parse_vlan {
        buffer.extract(hdr.vlan);
        transition accept;
    }
}

control egress(inout headers_t hdr, inout empty_metadata_t meta,
               in psa_egress_input_metadata_t istd,
               inout psa_egress_output_metadata_t ostd) {
    action strip_vlan() {
        hdr.ethernet.etherType = hdr.vlan.etherType;
        hdr.vlan.setInvalid();
    }
    table untagged_ports {
        key = { istd.egress_port : exact; }
        actions = { strip_vlan; NoAction; }
        const default_action = NoAction();
    }
    apply {
        if (istd.packet_path == PSA_PacketPath_t.NORMAL_MULTICAST &&
            istd.egress_port == PSA_PORT_CPU) {
            ostd.drop = true;
            return;
        }
        if (hdr.vlan.isValid()) {
            untagged_ports.apply();
        }
    }
}

control EgressDeparserImpl(packet_out buffer, inout headers_t hdr, in empty_metadata_t meta) {
    apply {
        buffer.emit(hdr);
    }
}

IngressPipeline(IngressParserImpl(), ingress(), IngressDeparserImpl()) ip;
EgressPipeline(EgressParserImpl(), egress(), EgressDeparserImpl()) ep;
PSA_Switch(ip, ep) main;
