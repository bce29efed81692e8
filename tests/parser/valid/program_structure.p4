/* program_structure.p4: what a whole program is made of: empty top-level
 * declarations `;`, the preprocessor (`#include` of a local file by a
 * relative path, a file included twice behind an include guard, `#define`
 * constants and function-like macros, `#if`/`#ifdef`/`#else`, line
 * continuations), declarations of every kind in an arbitrary order, and
 * the final package instantiation `main`. */
#include <core.p4>
#include "include/common_headers.p4"
#include "include/common_headers.p4"

;;
#define TABLE_SIZE 1024
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define LONG_MACRO(x) \
    ((x) + \
     1)
#ifdef TABLE_SIZE
const bit<32> SIZE = TABLE_SIZE;
#else
const bit<32> SIZE = 0;
#endif
#if TABLE_SIZE > 512
const bool BIG = true;
#elif TABLE_SIZE > 0
const bool BIG = false;
#endif
;
struct headers_t { ethernet_h eth; ipv4_h ipv4; }
;
parser Prs<H>(packet_in pkt, out H hdr);
control Ctl<H>(inout H hdr);
package Pkg<H>(Prs<H> p, Ctl<H> c);
;
action noop() { }
error { ProgramError }
match_kind { program_kind }
const bit<8> LATER = MAX(8w3, 8w4);
bit<8> f(in bit<8> x) { return LONG_MACRO(x); }
extern void ext();
parser MyPrs(packet_in pkt, out headers_t hdr) {
    state start {
        pkt.extract(hdr.eth);
        transition select(hdr.eth.etherType) {
            ETHERTYPE_IPV4: parse_ipv4;
            default: accept;
        }
    }
    state parse_ipv4 {
        pkt.extract(hdr.ipv4);
        transition accept;
    }
}
control MyCtl(inout headers_t hdr) {
    apply {
        hdr.ipv4.ttl = f(hdr.ipv4.ttl);
    }
}
Pkg(MyPrs(), MyCtl()) main;
;
