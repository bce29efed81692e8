/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* xdp_model.p4: the XDP switch architecture (parser, control and deparser
 * run on XDP), with the helpers that programs written for it use.
 * ebpf_model.p4 comes along, so an ebpfFilter can also be put on XDP. */
#ifndef _P4EBPF_XDP_MODEL_P4_
#define _P4EBPF_XDP_MODEL_P4_

#include <core.p4>
#include <ebpf_model.p4>

/* What happens to the packet after the program: the kernel's XDP verdicts. */
enum xdp_action {
    XDP_ABORTED,   /* an error: drop and raise the xdp_exception tracepoint */
    XDP_DROP,      /* drop the packet */
    XDP_PASS,      /* hand the packet to the kernel's network stack */
    XDP_TX,        /* send the packet back out of the interface it came in on */
    XDP_REDIRECT   /* send the packet out of the interface output_port names */
}

struct xdp_input {
    bit<32> input_port;   /* ifindex of the receiving interface */
}

struct xdp_output {
    xdp_action output_action;
    bit<32> output_port;  /* ifindex for XDP_REDIRECT */
}

/* The IPv4 header checksum of a header whose checksum field is zero. */
extern bit<16> ebpf_ipv4_checksum(in bit<4> version, in bit<4> ihl, in bit<8> diffserv,
                                  in bit<16> totalLen, in bit<16> identification, in bit<3> flags,
                                  in bit<13> fragOffset, in bit<8> ttl, in bit<8> protocol,
                                  in bit<32> srcAddr, in bit<32> dstAddr);

/* Incremental checksum update (RFC 1624) when a 16-bit or 32-bit field
 * changes from `old` to `new`. */
extern bit<16> csum_replace2(in bit<16> csum, in bit<16> old, in bit<16> new);
extern bit<16> csum_replace4(in bit<16> csum, in bit<32> old, in bit<32> new);

/* Sends the packet to user space through the perf event array map. */
extern bit<32> BPF_PERF_EVENT_OUTPUT();
/* The time since boot in nanoseconds (truncated to 32 bits, as p4c's model has it). */
extern bit<32> BPF_KTIME_GET_NS();

parser xdp_parse<H>(packet_in packet, out H headers);
control xdp_switch<H>(inout H headers, in xdp_input imd, out xdp_output omd);
control xdp_deparse<H>(in H headers, packet_out packet);

package xdp<H>(xdp_parse<H> p, xdp_switch<H> s, xdp_deparse<H> d);

#endif
