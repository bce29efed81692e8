/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* wide_shift_pkt.p4: 72-bit shifts by an amount the control reads straight
 * from the packet. clang once stored the results through the pointer of
 * that read's bounds check, which the verifier refused; the deparser's
 * barrier_var keeps its own checked pointer. */
#include <xdp_model.p4>
header ethernet_t { bit<48> dst_addr; bit<48> src_addr; bit<16> ether_type; }
header ops_t { bit<16> s; bit<72> a; bit<72> b; }
header res_t {
    bit<72> shl;
    bit<72> shr;
}
struct headers_t { ethernet_t ethernet; ops_t ops; res_t res; }
parser prs(packet_in packet, out headers_t hdr) {
    state start { packet.extract(hdr.ethernet); packet.extract(hdr.ops); packet.extract(hdr.res); transition accept; }
}
control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        hdr.res.shl = hdr.ops.a << hdr.ops.s;
        hdr.res.shr = hdr.ops.a >> hdr.ops.s;
    }
}
control dep(in headers_t hdr, packet_out packet) { apply { packet.emit(hdr.ethernet); packet.emit(hdr.ops); packet.emit(hdr.res); } }
xdp(prs(), ctl(), dep()) main;
