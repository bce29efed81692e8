/* programs/ebpf_ipv4_counter.p4: an eBPF socket filter that parses
 * Ethernet and IPv4, counts packets per destination address in a hash map,
 * drops IPv4 fragments and packets of blocked sources, and accepts the rest.
 * Written the way ebpf_model programs are. */
#include <core.p4>
#include "../include/ebpf_stub.p4"
#include "../include/common_headers.p4"

struct Headers_t {
    ethernet_h ethernet;
    ipv4_h     ipv4;
}

parser prs(packet_in p, out Headers_t headers) {
    state start {
        p.extract(headers.ethernet);
        transition select(headers.ethernet.etherType) {
            ETHERTYPE_IPV4: ip;
            default: reject;
        }
    }

    state ip {
        p.extract(headers.ipv4);
        verify(headers.ipv4.version == 4, error.NoMatch);
        transition accept;
    }
}

control pipe(inout Headers_t headers, out bool pass) {
    CounterArray(32w1024, true) counters;

    action drop() {
        pass = false;
    }

    action allow(bit<32> counter_index) {
        pass = true;
        counters.increment(counter_index);
    }

    table blocked_sources {
        key = { headers.ipv4.srcAddr : exact; }
        actions = { drop; allow; }
        implementation = hash_table(64);
        default_action = allow(0);
    }

    apply {
        pass = true;
        if (!headers.ipv4.isValid()) {
            pass = false;
            return;
        }
        // Fragments other than the first carry no transport header.
        if (headers.ipv4.fragOffset != 0 || headers.ipv4.flags[0:0] == 1) {
            drop();
            return;
        }
        blocked_sources.apply();
        if (pass) {
            counters.increment(headers.ipv4.dstAddr & 0x3FF);
        }
    }
}

ebpfFilter(prs(), pipe()) main;
