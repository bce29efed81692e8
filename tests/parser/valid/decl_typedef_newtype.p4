/* decl_typedef_newtype.p4: typedef of every kind of type (base, named,
 * specialized, stack, tuple, list, typedef of a typedef), typedef of a
 * derived-type declaration written inline (`typedef struct ... name`,
 * header, header_union, enum), `type` newtypes, annotations on both, and
 * uses of the new names as types, in casts and as type arguments. */
#include <core.p4>

typedef bit<48> mac_t;
typedef bit<32> ipv4_addr_t;
typedef mac_t   mac2_t;
typedef bool    flag_t;
typedef int<16> delta_t;
typedef varbit<64> opts_t;
typedef error   err_t;
typedef string  str_t;
@name("port") typedef bit<9> port_t;

header ethernet_h { mac_t dst; mac_t src; bit<16> etherType; }
typedef ethernet_h eth_t;
typedef ethernet_h[2] eth_stack_t;
typedef tuple<bit<8>, bool> pair_t;

struct S<T> { T f; }
typedef S<bit<8>> s8_t;

typedef struct point_s {
    bit<16> x;
    bit<16> y;
} point_t;

typedef header tag_h {
    bit<16> tag;
} tag_t;

typedef header_union tag_u {
    tag_h one;
} tag_u_t;

typedef enum Dir { IN_DIR, OUT_DIR } dir_t;
typedef enum bit<2> Prio { LOW = 0, HIGH = 3 } prio_t;

type bit<32> ifindex_t;
type bit<9>  PortId_t;
@p4runtime_translation("p4.org/psa/v1/PortId_t", 32)
type bit<16> translated_t;
type mac_t   MacNewtype_t;
type bool    BoolNewtype_t;

extern Box<T> { Box(T init); T get(); }

control c(inout point_t p, inout eth_t e) {
    Box<ifindex_t>((ifindex_t)32w1) box;
    Box<s8_t>({ f = 1 }) box2;
    apply {
        mac2_t m = e.dst;
        PortId_t port = (PortId_t)9w3;
        bit<9> raw = (bit<9>)port;
        ifindex_t idx = box.get();
        point_t q = { x = p.y, y = p.x };
        point_s r = q;
        dir_t d = Dir.OUT_DIR;
        prio_t pr = Prio.HIGH;
        flag_t f = d == Dir.IN_DIR;
        p = r;
    }
}
