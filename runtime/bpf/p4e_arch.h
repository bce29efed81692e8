/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* p4e_arch.h: how a program tells where its packet goes (runtime/ABI.md, 3.7
 * and 4).
 *
 * Verdicts are the hook's own return codes; the one thing a return code
 * cannot carry is the port of a redirect, so every program that redirects
 * records it in the per-CPU map p4e_out first. The data path pays one store;
 * nfctl test reads it back because the kernel's test run cannot tell. */
#ifndef P4E_ARCH_H
#define P4E_ARCH_H

#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include "p4e_maps.h"

struct p4e_out {
	__u32 port;  /* the ifindex of a redirect, or an nf program's out port */
	__u32 flags; /* reserved, 0 */
};

/* Define P4E_NO_OUT_MAP in a program that never redirects. */
#ifndef P4E_NO_OUT_MAP
P4E_MAP(p4e_out, BPF_MAP_TYPE_PERCPU_ARRAY, __u32, struct p4e_out, 1, 0);

/* Records `port` in p4e_out on this CPU. */
static __always_inline void p4e_set_out_port(__u32 port)
{
	__u32 zero = 0;
	struct p4e_out *o = bpf_map_lookup_elem(&p4e_out, &zero);

	if (o) {
		o->port = port;
		o->flags = 0;
	}
}

/* xdp_model's XDP_REDIRECT to output_port, and TC's redirect to an
 * interface: records the port, then returns bpf_redirect()'s verdict
 * (XDP_REDIRECT or TC_ACT_REDIRECT, whichever hook this is). */
static __always_inline long p4e_redirect(__u32 ifindex)
{
	p4e_set_out_port(ifindex);
	return bpf_redirect(ifindex, 0);
}
#endif

/* An ebpfFilter's accept on each hook. */
#define P4E_TC_VERDICT(accept) ((accept) ? TC_ACT_OK : TC_ACT_SHOT)
#define P4E_XDP_VERDICT(accept) ((accept) ? XDP_PASS : XDP_DROP)

#endif
