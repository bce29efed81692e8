/* include/ebpf_stub.p4: a small self-written stand-in for an eBPF filter
 * architecture (in the style of p4c's ebpf_model): a parser and a filter
 * control over the packet's headers, and the externs that eBPF maps give. */
#ifndef TESTS_PARSER_EBPF_STUB_P4
#define TESTS_PARSER_EBPF_STUB_P4

#include <core.p4>

/* The kinds of eBPF map behind a table. */
extern array_table {
    array_table(bit<32> size);
}

extern hash_table {
    hash_table(bit<32> size);
}

/* A map of packet counters indexed by a number. */
extern CounterArray {
    CounterArray(bit<32> max_index, bool sparse);
    void increment(in bit<32> index);
    void add(in bit<32> index, in bit<32> value);
}

/* A map of values of any type. */
extern Map<K, V> {
    Map(bit<32> size);
    bool lookup(in K key, out V value);
    void update(in K key, in V value);
    void delete(in K key);
}

extern bit<64> ebpf_ktime_get_ns();

parser ebpf_parse<H>(packet_in packet, out H headers);
control ebpf_filter<H>(inout H headers, out bool accept);

package ebpfFilter<H>(ebpf_parse<H> prs, ebpf_filter<H> filt);

#endif
