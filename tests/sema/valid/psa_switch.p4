// valid: a PSA program: ingress and egress parsers, controls and deparsers with the nine type parameters of PSA_Switch inferred through nested IngressPipeline/EgressPipeline instances, type-introduced port types with casts, Counter/Register/Hash/InternetChecksum/Digest externs with two type parameters and overloaded methods, architecture actions send_to_port/ingress_drop
// spec: sec-arch-desc "Architecture description", sec-target-instantiation, sec-newtype
#include <core.p4>
#include <psa.p4>

header ethernet_t {
    bit<48> dst;
    bit<48> src;
    bit<16> ether_type;
}

header ipv4_t {
    bit<8>  version_ihl;
    bit<8>  diffserv;
    bit<16> total_len;
    bit<16> identification;
    bit<16> flags_frag;
    bit<8>  ttl;
    bit<8>  protocol;
    bit<16> hdr_checksum;
    bit<32> src_addr;
    bit<32> dst_addr;
}

struct headers_t {
    ethernet_t ethernet;
    ipv4_t     ipv4;
}

struct metadata_t {
    bit<16> flow_id;
}

struct empty_t {}

struct mac_learn_t {
    bit<48>  src;
    PortId_t port;
}

parser IngressParserImpl(packet_in buffer, out headers_t hdr, inout metadata_t meta,
                         in psa_ingress_parser_input_metadata_t istd,
                         in empty_t resubmit_meta, in empty_t recirculate_meta) {
    InternetChecksum() ck;
    state start {
        buffer.extract(hdr.ethernet);
        transition select(hdr.ethernet.ether_type) {
            0x0800: parse_ipv4;
            default: accept;
        }
    }
    state parse_ipv4 {
        buffer.extract(hdr.ipv4);
        ck.clear();
        ck.add({ hdr.ipv4.version_ihl, hdr.ipv4.diffserv, hdr.ipv4.total_len,
                 hdr.ipv4.identification, hdr.ipv4.flags_frag, hdr.ipv4.ttl,
                 hdr.ipv4.protocol, hdr.ipv4.src_addr, hdr.ipv4.dst_addr });
        verify(ck.get() == hdr.ipv4.hdr_checksum, error.ParserInvalidArgument);
        transition accept;
    }
}

control IngressImpl(inout headers_t hdr, inout metadata_t meta,
                    in psa_ingress_input_metadata_t istd,
                    inout psa_ingress_output_metadata_t ostd) {
    Counter<bit<32>, bit<8>>(256, PSA_CounterType_t.PACKETS) proto_count;
    Register<bit<32>, bit<16>>(65536) flow_bytes;
    Register<bit<8>, bit<16>>(16, 8w0) small;
    Hash<bit<16>>(PSA_HashAlgorithm_t.CRC16) flow_hash;
    Digest<mac_learn_t>() learn;

    action fwd(PortId_t port) {
        send_to_port(ostd, port);
    }
    action drop() {
        ingress_drop(ostd);
    }
    table l2 {
        key = { hdr.ethernet.dst : exact; }
        actions = { fwd; drop; }
        default_action = drop();
    }
    apply {
        if (hdr.ipv4.isValid()) {
            proto_count.count(hdr.ipv4.protocol);
            meta.flow_id = flow_hash.get_hash({ hdr.ipv4.src_addr, hdr.ipv4.dst_addr });
            bit<16> bucket = flow_hash.get_hash(16w0, { hdr.ipv4.protocol }, 16w64);
            bit<32> bytes = flow_bytes.read(meta.flow_id);
            flow_bytes.write(meta.flow_id, bytes + (bit<32>)hdr.ipv4.total_len);
            small.write(bucket, 1);
        }
        learn.pack({ src = hdr.ethernet.src, port = istd.ingress_port });
        l2.apply();
        if (ostd.egress_port == PSA_PORT_CPU) {
            ostd.class_of_service = (ClassOfService_t)1;
        }
    }
}

control IngressDeparserImpl(packet_out buffer, out empty_t clone_i2e_meta,
                            out empty_t resubmit_meta, out metadata_t normal_meta,
                            inout headers_t hdr, in metadata_t meta,
                            in psa_ingress_output_metadata_t istd) {
    apply {
        if (psa_normal(istd)) {
            normal_meta = meta;
        }
        buffer.emit(hdr.ethernet);
        buffer.emit(hdr.ipv4);
    }
}

parser EgressParserImpl(packet_in buffer, out headers_t hdr, inout metadata_t meta,
                        in psa_egress_parser_input_metadata_t istd,
                        in metadata_t normal_meta, in empty_t clone_i2e_meta,
                        in empty_t clone_e2e_meta) {
    state start {
        meta = normal_meta;
        buffer.extract(hdr.ethernet);
        transition accept;
    }
}

control EgressImpl(inout headers_t hdr, inout metadata_t meta,
                   in psa_egress_input_metadata_t istd,
                   inout psa_egress_output_metadata_t ostd) {
    apply {
        if (istd.packet_path == PSA_PacketPath_t.NORMAL_MULTICAST &&
            (PortIdUint_t)istd.egress_port == 0) {
            egress_drop(ostd);
        }
    }
}

control EgressDeparserImpl(packet_out buffer, out empty_t clone_e2e_meta,
                           out empty_t recirculate_meta, inout headers_t hdr,
                           in metadata_t meta, in psa_egress_output_metadata_t istd,
                           in psa_egress_deparser_input_metadata_t edstd) {
    apply {
        buffer.emit(hdr.ethernet);
    }
}

IngressPipeline(IngressParserImpl(), IngressImpl(), IngressDeparserImpl()) ip;
EgressPipeline(EgressParserImpl(), EgressImpl(), EgressDeparserImpl()) ep;
PSA_Switch(ip, PacketReplicationEngine(), ep, BufferingQueueingEngine()) main;
