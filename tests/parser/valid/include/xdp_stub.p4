/* include/xdp_stub.p4: a small self-written stand-in for an XDP
 * architecture: a parser, a control that chooses an XDP action, and a
 * deparser. */
#ifndef TESTS_PARSER_XDP_STUB_P4
#define TESTS_PARSER_XDP_STUB_P4

#include <core.p4>

enum bit<32> xdp_action {
    XDP_ABORTED  = 0,
    XDP_DROP     = 1,
    XDP_PASS     = 2,
    XDP_TX       = 3,
    XDP_REDIRECT = 4
}

struct xdp_input {
    bit<32> input_port;
}

struct xdp_output {
    xdp_action output_action;
    bit<32>    output_port;
}

extern CounterArray {
    CounterArray(bit<32> max_index, bool sparse);
    void increment(in bit<32> index);
}

extern hash_table {
    hash_table(bit<32> size);
}

parser xdp_parse<H>(packet_in packet, out H headers);
control xdp_switch<H>(inout H headers, in xdp_input imd, out xdp_output omd);
control xdp_deparse<H>(in H headers, packet_out packet);

package xdp<H>(xdp_parse<H> p, xdp_switch<H> s, xdp_deparse<H> d);

#endif
