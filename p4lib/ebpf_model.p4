/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* ebpf_model.p4: the packet-filter architecture of p4c's eBPF backend, so that
 * programs written for it compile unchanged with p4c-ebpf.
 *
 * An ebpfFilter is a parser and a control; the control decides whether the
 * packet passes (accept = true) or is dropped. p4c-ebpf attaches it to TC
 * (cls_bpf, direct action) or to XDP. */
#ifndef _P4EBPF_EBPF_MODEL_P4_
#define _P4EBPF_EBPF_MODEL_P4_

#include <core.p4>

/* 32-bit counters indexed by a 32-bit number, readable by the control plane.
 * A dense array becomes a BPF array map, a sparse one a hash map. */
extern CounterArray {
    /* max_index: the largest index used; sparse: few indexes are ever used. */
    CounterArray(bit<32> max_index, bool sparse);
    /* Adds one to the counter at `index`. */
    void increment(in bit<32> index);
    /* Adds `value` to the counter at `index`. */
    void add(in bit<32> index, in bit<32> value);
}

/* A table's `implementation` property: store the table in a BPF array map
 * (an lpm table still uses an LPM trie; the size is taken from here). */
extern array_table {
    array_table(bit<32> size);
}

/* A table's `implementation` property: store the table in a BPF hash map. */
extern hash_table {
    hash_table(bit<32> size);
}

parser parse<H>(packet_in packet, out H headers);
control filter<H>(inout H headers, out bool accept);

package ebpfFilter<H>(parse<H> prs, filter<H> filt);

#endif
