/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* err_no_main.p4: a parser and nothing to run it: no eBPF program. */
#include <core.p4>

parser p(packet_in packet) {
    state start {
        transition accept;
    }
}
