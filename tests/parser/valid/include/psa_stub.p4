/* include/psa_stub.p4: a small self-written stand-in for a PSA-like
 * architecture: ingress and egress pipelines of parser, control and
 * deparser, their metadata, and a few of its externs. */
#ifndef TESTS_PARSER_PSA_STUB_P4
#define TESTS_PARSER_PSA_STUB_P4

#include <core.p4>

type bit<32> PortId_t;
type bit<16> MulticastGroup_t;
typedef bit<32> PacketLength_t;

const PortId_t PSA_PORT_RECIRCULATE = (PortId_t)0xFFFFFFFA;
const PortId_t PSA_PORT_CPU = (PortId_t)0xFFFFFFFD;

enum PSA_PacketPath_t { NORMAL, NORMAL_UNICAST, NORMAL_MULTICAST, CLONE_I2E, CLONE_E2E, RESUBMIT, RECIRCULATE }
enum PSA_MeterColor_t { RED, GREEN, YELLOW }
enum PSA_CounterType_t { PACKETS, BYTES, PACKETS_AND_BYTES }
enum PSA_HashAlgorithm_t { IDENTITY, CRC16, CRC32, ONES_COMPLEMENT16 }

struct psa_ingress_input_metadata_t {
    PortId_t         ingress_port;
    PSA_PacketPath_t packet_path;
    error            parser_error;
}

struct psa_ingress_output_metadata_t {
    bool             drop;
    MulticastGroup_t multicast_group;
    PortId_t         egress_port;
}

struct psa_egress_input_metadata_t {
    PortId_t         egress_port;
    PSA_PacketPath_t packet_path;
}

struct psa_egress_output_metadata_t {
    bool drop;
}

extern Counter<W, S> {
    Counter(bit<32> n_counters, PSA_CounterType_t type);
    void count(in S index);
}

extern DirectCounter<W> {
    DirectCounter(PSA_CounterType_t type);
    void count();
}

extern Meter<S> {
    Meter(bit<32> n_meters, PSA_CounterType_t type);
    PSA_MeterColor_t execute(in S index);
}

extern Register<T, S> {
    Register(bit<32> size);
    Register(bit<32> size, T initial_value);
    T read(in S index);
    void write(in S index, in T value);
}

extern Hash<O> {
    Hash(PSA_HashAlgorithm_t algo);
    O get_hash<D>(in D data);
    O get_hash<T, D>(in T base, in D data, in T max);
}

extern InternetChecksum {
    InternetChecksum();
    void clear();
    void add<T>(in T data);
    void subtract<T>(in T data);
    bit<16> get();
}

extern ActionProfile {
    ActionProfile(bit<32> size);
}

extern void send_to_port(inout psa_ingress_output_metadata_t meta, in PortId_t egress_port);
extern void ingress_drop(inout psa_ingress_output_metadata_t meta);

parser IngressParser<H, M>(packet_in buffer, out H hdr, inout M meta,
                           in psa_ingress_input_metadata_t istd);
control Ingress<H, M>(inout H hdr, inout M meta,
                      in psa_ingress_input_metadata_t istd,
                      inout psa_ingress_output_metadata_t ostd);
control IngressDeparser<H, M>(packet_out buffer, inout H hdr, in M meta);

parser EgressParser<H, M>(packet_in buffer, out H hdr, inout M meta,
                          in psa_egress_input_metadata_t istd);
control Egress<H, M>(inout H hdr, inout M meta,
                     in psa_egress_input_metadata_t istd,
                     inout psa_egress_output_metadata_t ostd);
control EgressDeparser<H, M>(packet_out buffer, inout H hdr, in M meta);

package IngressPipeline<IH, IM>(IngressParser<IH, IM> ip, Ingress<IH, IM> ig,
                                IngressDeparser<IH, IM> id);
package EgressPipeline<EH, EM>(EgressParser<EH, EM> ep, Egress<EH, EM> eg,
                               EgressDeparser<EH, EM> ed);
package PSA_Switch<IH, IM, EH, EM>(IngressPipeline<IH, IM> ingress,
                                   EgressPipeline<EH, EM> egress);

#endif
