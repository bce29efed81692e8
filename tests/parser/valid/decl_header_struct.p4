/* decl_header_struct.p4: header, header_union and struct declarations:
 * empty ones, fields of every type (bit, int, varbit, bool, error, nested
 * structs and headers, header stacks, unions, tuples, typedef'd and generic
 * types), annotations on the declaration and on fields, generic structs and
 * headers `struct S<T>` and their specializations. */
#include <core.p4>

header empty_h { }
struct empty_s { }

@packed
header ethernet_h {
    bit<48> dst;
    bit<48> src;
    @name("ether_type") bit<16> etherType;
}

header ipv4_h {
    bit<4>  version;
    bit<4>  ihl;
    bit<8>  diffserv;
    bit<16> totalLen;
    bit<16> identification;
    bit<3>  flags;
    bit<13> fragOffset;
    bit<8>  ttl;
    bit<8>  protocol;
    bit<16> hdrChecksum;
    bit<32> srcAddr;
    bit<32> dstAddr;
}

header ipv4_options_h {
    varbit<320> options;
}

header ipv6_h {
    bit<4>   version;
    bit<8>   trafficClass;
    bit<20>  flowLabel;
    bit<16>  payloadLen;
    bit<8>   nextHdr;
    bit<8>   hopLimit;
    bit<128> srcAddr;
    bit<128> dstAddr;
}

header signed_h {
    int<8> delta;
    int<16> offset;
}

header_union ip_u {
    ipv4_h v4;
    ipv6_h v6;
}

header_union empty_u { }

header mpls_h { bit<20> label; bit<3> tc; bit<1> bos; bit<8> ttl; }

struct headers_t {
    ethernet_h    eth;
    mpls_h[4]     mpls;
    ip_u          ip;
    ip_u[2]       ips;
    ipv4_options_h opts;
}

struct metadata_t {
    bool     drop;
    error    parser_error;
    bit<9>   port;
    int<32>  counter;
    tuple<bit<8>, bool> pair;
    @description("nested struct") empty_s nothing;
}

struct S<T> {
    T    value;
    bool valid;
}

struct Pair<A, B> {
    A first;
    B second;
}

header H<T> {
    T data;
}

struct generic_user_t {
    S<bit<8>>                    byte;
    S<S<bit<16>>>                nested;
    Pair<bit<8>, bool>           pair;
    Pair<S<bit<8>>, Pair<int<4>, bool>> deep;
    H<bit<32>>                   h32;
    H<bit<8>>[3]                 stack_of_generic;
}

struct global_names_t {
    .ethernet_h eth;
    .S<bit<8>> s;
}

control c(inout headers_t hdr, inout metadata_t meta) {
    apply {
        S<bit<8>> s = { value = 1, valid = true };
        Pair<bit<8>, bool> p = { first = s.value, second = s.valid };
        meta.drop = p.second;
        hdr.mpls[0].label = 20w1;
        hdr.ip.v4.ttl = hdr.ip.v4.ttl - 1;
    }
}
