/* ebpf_model.p4 (test stub): the declarations of the eBPF packet-filter
 * architecture that p4c's ebpf back end defines, re-written for the semantic
 * tests until p4lib/ebpf_model.p4 exists.  Same names and signatures. */
#ifndef _EBPF_MODEL_P4_
#define _EBPF_MODEL_P4_

#include <core.p4>

/* Counters the data plane can only increment; the control plane sees them as
 * an eBPF map indexed by a 32-bit value (a hash map when sparse). */
extern CounterArray {
    CounterArray(bit<32> max_index, bool sparse);
    void increment(in bit<32> index);
}

/* Values for a table's `implementation` property: the eBPF map kind and its
 * maximum number of entries. */
extern array_table {
    array_table(bit<32> size);
}

extern hash_table {
    hash_table(bit<32> size);
}

/* The architecture: a parser and a filter control that decides whether the
 * packet is accepted. */
parser parse<H>(packet_in packet, out H headers);
control filter<H>(inout H headers, out bool accept);

package ebpfFilter<H>(parse<H> prs, filter<H> filt);

#endif
