/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* p4c_names.p4: the shape of p4c's eBPF filter tests: a control named
 * pipe with a Check_src_ip table and Reject/NoAction, driven by an STF
 * file written with p4c's names (pipe_Check_src_ip, key.field0, _NoAction). */
#include <ebpf_model.p4>
#include "common.p4"

control pipe(inout headers_t headers, out bool pass) {
    action Reject(bit<32> add) {
        pass = false;
        headers.ipv4.src_addr = add;
    }
    table Check_src_ip {
        key = { headers.ipv4.src_addr : exact; }
        actions = { Reject; NoAction; }
        implementation = hash_table(1024);
        const default_action = NoAction;
    }
    apply {
        pass = true;
        if (!headers.ipv4.isValid()) {
            pass = false;
            return;
        }
        Check_src_ip.apply();
    }
}

ebpfFilter(common_parser(), pipe()) main;
