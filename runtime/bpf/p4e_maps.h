/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* p4e_maps.h: how generated code declares its maps (runtime/ABI.md, section 3).
 *
 * Every map is BTF-defined in SEC(".maps"), so libbpf creates it from the
 * object and bpftool prints its key and value by type. Key and value types are
 * written by the compiler; these macros only fix the map types, the flags and
 * the names of the companion maps (<table>_defaultAction, <table>_masks) that
 * the control plane looks for. A type argument must not contain a comma. */
#ifndef P4E_MAPS_H
#define P4E_MAPS_H

#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

/* The header of every table value: action data follows at offset 8. */
struct p4e_value_hdr {
	__u32 action;   /* action id; 0 = no entry */
	__u32 priority; /* ternary tables: the entry's priority */
};

/* The header of a ternary table's mask slot; the mask (in the key's layout) follows. */
struct p4e_mask_hdr {
	__u32 id;           /* stable mask id; 0 ends the list */
	__u32 max_priority; /* the largest priority among the entries with this mask */
};

#define P4E_MAP(_name, _type, _ktype, _vtype, _max, _flags)                                        \
	struct {                                                                                   \
		__uint(type, _type);                                                               \
		__uint(max_entries, _max);                                                         \
		__uint(map_flags, _flags);                                                         \
		__type(key, _ktype);                                                               \
		__type(value, _vtype);                                                             \
	} _name SEC(".maps")

/* kind "exact": a hash map keyed by the key struct. */
#define P4E_EXACT_TABLE(name, ktype, vtype, size)                                                  \
	P4E_MAP(name, BPF_MAP_TYPE_HASH, ktype, vtype, size, 0)

/* kind "array": an array indexed by the (single, <= 32-bit) key field. */
#define P4E_ARRAY_TABLE(name, vtype, size) P4E_MAP(name, BPF_MAP_TYPE_ARRAY, __u32, vtype, size, 0)

/* kind "lpm": an LPM trie; the key struct starts with __u32 prefixlen. The
 * kernel requires BPF_F_NO_PREALLOC for tries. */
#define P4E_LPM_TABLE(name, ktype, vtype, size)                                                    \
	P4E_MAP(name, BPF_MAP_TYPE_LPM_TRIE, ktype, vtype, size, BPF_F_NO_PREALLOC)

/* kind "ternary": the entries (hash keyed by mask id + masked key) and the
 * sorted mask list; also defines struct <name>_mask for the list's slots. */
#define P4E_TERNARY_TABLE(name, ktype, vtype, size, max_masks)                                     \
	struct name##_mask {                                                                       \
		struct p4e_mask_hdr hdr;                                                           \
		ktype mask;                                                                        \
	};                                                                                         \
	P4E_MAP(name, BPF_MAP_TYPE_HASH, ktype, vtype, size, 0);                                   \
	P4E_MAP(name##_masks, BPF_MAP_TYPE_ARRAY, __u32, struct name##_mask, max_masks, 0)

/* Every table's default action: one slot, run on a miss. */
#define P4E_DEFAULT_ACTION(name, vtype)                                                            \
	P4E_MAP(name##_defaultAction, BPF_MAP_TYPE_ARRAY, __u32, vtype, 1, 0)

/* CounterArray: per-CPU __u64 cells, dense (array) or sparse (hash). */
#define P4E_COUNTER_ARRAY(name, size)                                                              \
	P4E_MAP(name, BPF_MAP_TYPE_PERCPU_ARRAY, __u32, __u64, size, 0)
#define P4E_COUNTER_HASH(name, size) P4E_MAP(name, BPF_MAP_TYPE_PERCPU_HASH, __u32, __u64, size, 0)

/* A register: an array of cells shared by all CPUs. */
#define P4E_REGISTER(name, vtype, size) P4E_MAP(name, BPF_MAP_TYPE_ARRAY, __u32, vtype, size, 0)

#endif
