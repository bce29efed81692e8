/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* p4e_table.h: table lookups and counter updates for generated code
 * (runtime/ABI.md, section 3).
 *
 * Generated code fills a zeroed key struct, calls one of these with its maps
 * and gets the value to switch on; a miss returns the default action's value,
 * and a value whose action is 0 does nothing. Map arguments are the maps'
 * addresses (&tbl); every helper is always_inline, so sizes and map pointers
 * are constants by the time the verifier sees the code. */
#ifndef P4E_TABLE_H
#define P4E_TABLE_H

#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "p4e_maps.h"

/* The default action's value (NULL only if the map is missing a slot). */
static __always_inline void *p4e_default_action(void *defaults)
{
	__u32 zero = 0;

	return bpf_map_lookup_elem(defaults, &zero);
}

/* exact, array and lpm tables: the entry for `key`, or the default action's
 * value on a miss. An array slot with action 0 is empty and also misses.
 * `hit` (may be NULL) tells P4's apply().hit. */
static __always_inline void *p4e_table_lookup(void *entries, const void *key, void *defaults,
					      int *hit)
{
	struct p4e_value_hdr *v = bpf_map_lookup_elem(entries, key);

	if (v && v->action) {
		if (hit)
			*hit = 1;
		return v;
	}
	if (hit)
		*hit = 0;
	return p4e_default_action(defaults);
}

/* The prefixlen generated code puts in an LPM key before a lookup: the whole
 * key after the __u32 prefixlen, so that the trie finds the longest prefix. */
#define P4E_LPM_FULL(ktype) ((__u32)(8 * (sizeof(ktype) - 4)))

/* apply() of an exact or array table `tbl` (the entries map's name), and of
 * an lpm table, whose key's prefixlen this sets: the value to run. */
#define p4e_exact_lookup(tbl, key, hit) p4e_table_lookup(&tbl, (key), &tbl##_defaultAction, (hit))
#define p4e_lpm_lookup(tbl, key, hit)                                                              \
	({                                                                                         \
		(key)->prefixlen = P4E_LPM_FULL(*(key));                                           \
		p4e_table_lookup(&tbl, (key), &tbl##_defaultAction, (hit));                        \
	})

/* Tuple-space search of a ternary table (ABI.md, 3.4): the highest-priority
 * entry that matches `key`, or NULL. `key` is the table's key struct with
 * the fields filled in (its mask_id is ignored); `scratch` is another one
 * that the lookup overwrites. Key structs start with a __u32, so their size
 * is a multiple of 4 and masking goes 32 bits at a time. */
static __always_inline void *p4e_ternary_match(void *entries, void *masks, const void *key,
					       void *scratch, __u32 key_size, __u32 max_masks)
{
	const __u32 *kw = key;
	__u32 *sw = scratch;
	struct p4e_value_hdr *best = NULL;
	/* The best priority + 1, 0 before any hit: comparing it alone, not
	 * `best && ...`, gives the verifier a quarter fewer paths to walk. */
	__u64 score = 0;
	__u32 slot, i;

	/* Not unrolled: one copy of the body, a loop the verifier bounds. */
#pragma clang loop unroll(disable)
	for (slot = 0; slot < max_masks; slot++) {
		__u32 idx = slot;
		struct p4e_mask_hdr *m = bpf_map_lookup_elem(masks, &idx);
		const __u32 *mw;
		struct p4e_value_hdr *v;

		if (!m || m->id == 0)
			break;
		/* The list is sorted by max_priority: nothing later beats best. */
		if ((__u64)m->max_priority + 1 <= score)
			break;
		mw = (const __u32 *)(m + 1);
		sw[0] = m->id;
#pragma unroll
		for (i = 1; i < key_size / 4; i++)
			sw[i] = kw[i] & mw[i];
		v = bpf_map_lookup_elem(entries, scratch);
		if (v && (__u64)v->priority + 1 > score) {
			best = v;
			score = (__u64)v->priority + 1;
		}
	}
	return best;
}

/* max_entries of a BTF-defined map, as a constant: the map struct's
 * max_entries member is an int (*)[N]. */
#define P4E_MAX_ENTRIES(map) ((__u32)sizeof(*(map).max_entries) / (__u32)sizeof(int))

/* A ternary table's apply(): the best entry or the default action's value. */
#define p4e_ternary_lookup(tbl, key, scratch, hit)                                                 \
	({                                                                                         \
		void *__v = p4e_ternary_match(&tbl, &tbl##_masks, (key), (scratch),                \
					      sizeof(*(key)), P4E_MAX_ENTRIES(tbl##_masks)); \
		*(hit) = __v != NULL;                                                              \
		__v ? __v : p4e_default_action(&tbl##_defaultAction);                              \
	})

/* CounterArray.add() on a dense counter (a per-CPU array): no atomics needed,
 * only this CPU writes its cell. Out-of-range indexes are ignored. */
static __always_inline void p4e_counter_add(void *counter, __u32 index, __u64 n)
{
	__u64 *c = bpf_map_lookup_elem(counter, &index);

	if (c)
		*c += n;
}

/* CounterArray.add() on a sparse counter (a per-CPU hash): the first packet
 * for an index inserts it. A full map drops the count. */
static __always_inline void p4e_counter_add_sparse(void *counter, __u32 index, __u64 n)
{
	__u64 *c = bpf_map_lookup_elem(counter, &index);

	if (c) {
		*c += n;
		return;
	}
	/* Another CPU may insert it first: then add to the cell that exists. */
	if (bpf_map_update_elem(counter, &index, &n, BPF_NOEXIST) == 0)
		return;
	c = bpf_map_lookup_elem(counter, &index);
	if (c)
		*c += n;
}

#endif
