// valid: parser value sets of bit<W> and of a struct with @match fields, used as select labels together with other keysets
// spec: sec-value-set "Parser Value Sets", sec-select
#include <core.p4>

struct vsk_t {
    @match(ternary)
    bit<16> port;
}

parser p(packet_in b, in bit<16> port, in bit<8> x) {
    value_set<vsk_t>(4) pvs;
    value_set<bit<8>>(8) small;
    state start {
        transition select(port) {
            pvs: s1;
            _: s2;
        }
    }
    state s1 {
        transition select(x) {
            small: accept;
            8w0: accept;
            default: reject;
        }
    }
    state s2 {
        transition accept;
    }
}
