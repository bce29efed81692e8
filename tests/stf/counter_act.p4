/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* counter_act.p4: CounterArrays updated inside table actions, indexed by
 * action data, and one updated on a miss by the default action; an
 * ebpfFilter on TC whose verdict also comes from the actions. */
#include <ebpf_model.p4>
#include "common.p4"

control ctl(inout headers_t hdr, out bool accept) {
    CounterArray(32w16, false) per_rule;
    CounterArray(32w4, false) verdicts;
    action allow(bit<32> rule) {
        per_rule.increment(rule);
        verdicts.increment(1);
        accept = true;
    }
    action deny(bit<32> rule) {
        per_rule.increment(rule);
        per_rule.add(15, (bit<32>)hdr.ipv4.total_len);
        verdicts.increment(2);
        accept = false;
    }
    action unknown() {
        verdicts.increment(3);
        accept = true;
    }
    table rules {
        key = { hdr.ipv4.dst_addr : exact; }
        actions = { allow; deny; unknown; }
        default_action = unknown();
    }
    apply {
        accept = false;
        if (hdr.ipv4.isValid()) {
            rules.apply();
        } else {
            verdicts.increment(0);
        }
    }
}

ebpfFilter(common_parser(), ctl()) main;
