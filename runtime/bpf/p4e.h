/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* p4e.h: the one header generated code includes; the runtime's BPF side.
 *
 *   p4e_maps.h   map declarations: tables, default actions, masks, counters
 *   p4e_table.h  lookups (exact, array, lpm, ternary) and counter updates
 *   p4e_bytes.h  byte order, 48-bit fields, bit fields at any offset
 *   p4e_csum.h   RFC 1624 incremental updates, IPv4 header checksums
 *   p4e_arch.h   verdicts and p4e_out, where a redirect's port is recorded
 *
 * runtime/ABI.md is the contract these implement. */
#ifndef P4E_H
#define P4E_H

#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

#include "p4e_maps.h"
#include "p4e_bytes.h"
#include "p4e_wide.h"
#include "p4e_csum.h"
#include "p4e_table.h"
#include "p4e_arch.h"

#endif
