// valid: a v1model (V1Switch) program: all six blocks, standard_metadata_t, counter/direct_counter/register/meter externs, hash and checksum extern functions with inferred type arguments, mark_to_drop, clone, digest, a table property bound to an extern instance, range match kind from the architecture, main = V1Switch(...) with H and M inferred
// spec: sec-arch-desc "Architecture description", sec-target-instantiation
#include <core.p4>
#include <v1model.p4>

header ethernet_t {
    bit<48> dst;
    bit<48> src;
    bit<16> ether_type;
}

header ipv4_t {
    bit<4>  version;
    bit<4>  ihl;
    bit<8>  diffserv;
    bit<16> total_len;
    bit<16> identification;
    bit<3>  flags;
    bit<13> frag_offset;
    bit<8>  ttl;
    bit<8>  protocol;
    bit<16> hdr_checksum;
    bit<32> src_addr;
    bit<32> dst_addr;
}

struct headers {
    ethernet_t ethernet;
    ipv4_t     ipv4;
}

struct learn_t {
    bit<48> src;
    bit<9>  port;
}

struct metadata {
    bit<16> flow_hash;
    bit<32> seen;
    bit<2>  color;
}

parser MyParser(packet_in packet, out headers hdr, inout metadata meta,
                inout standard_metadata_t standard_metadata) {
    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.ether_type) {
            0x0800: parse_ipv4;
            default: accept;
        }
    }
    state parse_ipv4 {
        packet.extract(hdr.ipv4);
        transition accept;
    }
}

control MyVerifyChecksum(inout headers hdr, inout metadata meta) {
    apply {
        verify_checksum(hdr.ipv4.isValid(),
            { hdr.ipv4.version, hdr.ipv4.ihl, hdr.ipv4.diffserv, hdr.ipv4.total_len,
              hdr.ipv4.identification, hdr.ipv4.flags, hdr.ipv4.frag_offset, hdr.ipv4.ttl,
              hdr.ipv4.protocol, hdr.ipv4.src_addr, hdr.ipv4.dst_addr },
            hdr.ipv4.hdr_checksum, HashAlgorithm.csum16);
    }
}

control MyIngress(inout headers hdr, inout metadata meta,
                  inout standard_metadata_t standard_metadata) {
    counter(32w512, CounterType.packets_and_bytes) port_counter;
    direct_counter(CounterType.packets) route_hits;
    register<bit<32>>(32w1024) last_seen;
    meter(32w16, MeterType.bytes) policer;

    action drop() {
        mark_to_drop(standard_metadata);
    }
    action forward(bit<48> dst_mac, bit<9> port) {
        hdr.ethernet.src = hdr.ethernet.dst;
        hdr.ethernet.dst = dst_mac;
        standard_metadata.egress_spec = port;
        hdr.ipv4.ttl = hdr.ipv4.ttl - 1;
    }
    table ipv4_lpm {
        key = { hdr.ipv4.dst_addr : lpm; }
        actions = { forward; drop; NoAction; }
        size = 1024;
        counters = route_hits;
        default_action = drop();
    }
    table port_acl {
        key = {
            standard_metadata.ingress_port : exact;
            hdr.ipv4.protocol : range;
        }
        actions = { drop; NoAction; }
        const entries = {
            (1, 6 .. 17) : drop();
        }
    }
    apply {
        port_counter.count((bit<32>)standard_metadata.ingress_port);
        if (hdr.ipv4.isValid()) {
            hash(meta.flow_hash, HashAlgorithm.crc16, 16w0,
                 { hdr.ipv4.src_addr, hdr.ipv4.dst_addr, hdr.ipv4.protocol }, 32w65536);
            last_seen.read(meta.seen, (bit<32>)meta.flow_hash[9:0]);
            last_seen.write((bit<32>)meta.flow_hash[9:0], meta.seen + 1);
            policer.execute_meter((bit<32>)standard_metadata.ingress_port[3:0], meta.color);
            if (meta.color == 2) {
                drop();
                return;
            }
            port_acl.apply();
            ipv4_lpm.apply();
            if (hdr.ipv4.ttl == 0) {
                clone(CloneType.I2E, 32w100);
            }
        }
        digest<learn_t>(1, { hdr.ethernet.src, standard_metadata.ingress_port });
    }
}

control MyEgress(inout headers hdr, inout metadata meta,
                 inout standard_metadata_t standard_metadata) {
    apply {
        if (standard_metadata.egress_port == 9w0x1FF) {
            mark_to_drop(standard_metadata);
        }
    }
}

control MyComputeChecksum(inout headers hdr, inout metadata meta) {
    apply {
        update_checksum(hdr.ipv4.isValid(),
            { hdr.ipv4.version, hdr.ipv4.ihl, hdr.ipv4.diffserv, hdr.ipv4.total_len,
              hdr.ipv4.identification, hdr.ipv4.flags, hdr.ipv4.frag_offset, hdr.ipv4.ttl,
              hdr.ipv4.protocol, hdr.ipv4.src_addr, hdr.ipv4.dst_addr },
            hdr.ipv4.hdr_checksum, HashAlgorithm.csum16);
    }
}

control MyDeparser(packet_out packet, in headers hdr) {
    apply {
        packet.emit(hdr.ethernet);
        packet.emit(hdr.ipv4);
    }
}

V1Switch(MyParser(), MyVerifyChecksum(), MyIngress(), MyEgress(),
         MyComputeChecksum(), MyDeparser()) main;
