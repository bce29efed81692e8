/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* p4ebpf.h: libp4ebpf, the control plane's half of runtime/ABI.md, and the
 * table of contents of runtime/'s user-space part.
 *
 *   nfdesc.c   NAME.json -> struct p4e_desc; finding tables, actions and
 *              counters by P4 name or alias; the library's logger
 *   encode.c   text <-> key, mask, prefix and action-data bytes, by P4 name
 *   tables.c   entries in live maps: insert, remove, get, walk, clear,
 *              default actions, the ternary mask list; counters; registers
 *   value_set.c parser value sets: VALUE[&&&MASK] text, slots in live maps
 *
 * Conventions are libbpf's: functions returning int give 0 or -errno (and
 * set errno); functions returning pointers give NULL and set errno. Every
 * message goes through the logger set with p4e_set_print() and starts with
 * what it is about ("table 'pipe.t': key field 'x': ..."). A struct p4e_desc
 * is read-only once parsed; everything in it is owned by it. */
#ifndef P4EBPF_H
#define P4EBPF_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define P4E_ABI_VERSION 1
/* The widest field the control plane encodes: 2048 bits. */
#define P4E_MAX_FIELD_BYTES 256

/* ---------------------------------------------------------------- logging */

enum p4e_print_level {
	P4E_WARN,
	P4E_INFO,
	P4E_DEBUG,
};

typedef int (*p4e_print_fn_t)(enum p4e_print_level level, const char *fmt, va_list ap);

/* Replaces the logger (NULL: silence); returns the previous one. The
 * default prints warnings and information to stderr. */
p4e_print_fn_t p4e_set_print(p4e_print_fn_t fn);

/* ------------------------------------------------------------ description */

enum p4e_arch { P4E_ARCH_EBPF_FILTER, P4E_ARCH_XDP, P4E_ARCH_NF };
enum p4e_hook { P4E_HOOK_TC, P4E_HOOK_XDP };
enum p4e_table_kind {
	P4E_TABLE_EXACT,
	P4E_TABLE_ARRAY,
	P4E_TABLE_LPM,
	P4E_TABLE_TERNARY,
	P4E_TABLE_KEYLESS,
};
enum p4e_match_kind {
	P4E_MATCH_EXACT,
	P4E_MATCH_LPM,
	P4E_MATCH_TERNARY,
	P4E_MATCH_OPTIONAL,
	P4E_MATCH_RANGE, /* in ternary tables only (ABI.md, 3.4) */
};
enum p4e_byte_order { P4E_ORDER_HOST, P4E_ORDER_BIG };

/* A key field, an action parameter or a register cell (ABI.md, 2). */
struct p4e_field {
	char *name;
	enum p4e_match_kind match; /* key fields only */
	unsigned width;            /* bits */
	unsigned offset;           /* bytes, in the map key or value */
	unsigned size;             /* bytes */
	enum p4e_byte_order order;
};

struct p4e_action {
	char *name;
	char **aliases;
	unsigned n_aliases;
	uint32_t id;
	struct p4e_field *params;
	unsigned n_params;
};

/* An entry as text: the description's initial entries. */
struct p4e_entry_text {
	bool has_priority;
	uint32_t priority;
	char **key; /* one per key field, in key order */
	unsigned n_key;
	char *action;
	char **args; /* positional */
	unsigned n_args;
};

struct p4e_table {
	char *name;
	char **aliases;
	unsigned n_aliases;
	enum p4e_table_kind kind;
	uint32_t size;
	uint32_t max_masks; /* ternary */
	char *entries_map;  /* NULL for keyless */
	char *default_map;
	char *masks_map;    /* ternary */
	unsigned key_size, value_size;
	struct p4e_field *key;
	unsigned n_key;
	struct p4e_action *actions;
	unsigned n_actions;
	char *default_action; /* NULL: none (the map holds action 0) */
	char **default_args;
	unsigned n_default_args;
	bool default_const;
	struct p4e_entry_text *entries;
	unsigned n_entries;
	bool entries_const;
};

struct p4e_counter {
	char *name;
	char **aliases;
	unsigned n_aliases;
	char *map;
	bool hash;   /* sparse: a (per-CPU) hash map; else an array */
	bool percpu;
	uint32_t size;
	unsigned value_width, value_size;
};

struct p4e_register {
	char *name;
	char **aliases;
	unsigned n_aliases;
	char *map;
	uint32_t size;
	struct p4e_field cell; /* offset 0 */
};

/* A parser value set (ABI.md, 1.5): an array map of `size` slots
 * {__u32 used; KEY value; KEY mask;}, KEY laid out like a table key. */
struct p4e_value_set {
	char *name;
	char **aliases;
	unsigned n_aliases;
	char *map;
	uint32_t size;
	unsigned key_size, value_offset, mask_offset, slot_size;
	struct p4e_field *key;
	unsigned n_key;
};

struct p4e_desc {
	char *origin; /* where it was read from, for messages */
	char *text;   /* the JSON text as read (NUL-terminated) */
	size_t text_len;
	char *name, *source, *program;
	enum p4e_arch arch;
	enum p4e_hook hook;
	char **errors;
	unsigned n_errors;
	struct p4e_table *tables;
	unsigned n_tables;
	struct p4e_counter *counters;
	unsigned n_counters;
	struct p4e_register *registers;
	unsigned n_registers;
	struct p4e_value_set *value_sets;
	unsigned n_value_sets;
};

/* Reads and checks a description file. */
struct p4e_desc *p4e_desc_load(const char *path);
/* The same from text; `origin` names it in messages. */
struct p4e_desc *p4e_desc_parse(const char *text, size_t len, const char *origin);
void p4e_desc_free(struct p4e_desc *d);

/* Name lookups (ABI.md, 1.1): the name, an alias, then a unique suffix after
 * a '.'. NULL with errno ENOENT (unknown) or ENOTUNIQ (ambiguous suffix). */
const struct p4e_table *p4e_desc_table(const struct p4e_desc *d, const char *name);
const struct p4e_counter *p4e_desc_counter(const struct p4e_desc *d, const char *name);
const struct p4e_register *p4e_desc_register(const struct p4e_desc *d, const char *name);
const struct p4e_value_set *p4e_desc_value_set(const struct p4e_desc *d, const char *name);
const struct p4e_action *p4e_table_action(const struct p4e_table *t, const char *name);
const struct p4e_action *p4e_table_action_by_id(const struct p4e_table *t, uint32_t id);
/* A key field's index, also by key.fieldN / fieldN; -ENOENT or -ENOTUNIQ. */
int p4e_table_key_field(const struct p4e_table *t, const char *name);
/* A parameter's index; -ENOENT. */
int p4e_action_param(const struct p4e_action *a, const char *name);

const char *p4e_arch_str(enum p4e_arch arch);
const char *p4e_hook_str(enum p4e_hook hook);
const char *p4e_table_kind_str(enum p4e_table_kind kind);
const char *p4e_match_kind_str(enum p4e_match_kind kind);

/* --------------------------------------------------------------- encoding */

/* Flags for parsing matches. */
#define P4E_F_P4C_LPM (1u << 0) /* lpm values as p4c's eBPF STF tests write them (ABI.md, 5) */

/* Parses a value of `width` bits (ABI.md, 5) into big-endian bytes,
 * (width + 7) / 8 of them, right-aligned. With `mask` non-NULL, '*' digits
 * are allowed and clear the matching mask bits (the others are set); with
 * NULL they are an error. -EINVAL (logged) when the text is not a value or
 * does not fit; `what` names the value in the message. */
int p4e_parse_value(const char *text, unsigned width, uint8_t *value, uint8_t *mask,
		    const char *what);

/* Formats big-endian bytes of `width` bits as 0x with (width + 3) / 4 digits. */
int p4e_format_be(const uint8_t *be, unsigned width, char *out, size_t len);

/* Reads field `f` from `buf` (a key or value) as big-endian bytes; writes. */
void p4e_field_get(const struct p4e_field *f, const void *buf, uint8_t *be);
void p4e_field_put(const struct p4e_field *f, void *buf, const uint8_t *be);

/* A table entry being built from text, or decoded from map bytes. */
struct p4e_entry {
	const struct p4e_table *table;
	uint8_t *key;   /* key_size bytes: the map key (ternary: masked, mask_id 0) */
	uint8_t *mask;  /* ternary: key_size bytes, the mask in the key's layout */
	uint8_t *hi;    /* range fields: the upper bound (the key holds the lower) */
	uint8_t *value; /* value_size bytes */
	int *prefix;    /* lpm tables: each lpm field's prefix; else -1 */
	bool *key_given;
	bool *arg_given;
	unsigned next_key, next_arg; /* positional cursors */
	bool has_priority;
	uint32_t priority;
	const struct p4e_action *action;
};

struct p4e_entry *p4e_entry_new(const struct p4e_table *t);
void p4e_entry_free(struct p4e_entry *e);
/* Forgets keys, action and arguments. */
void p4e_entry_reset(struct p4e_entry *e);

/* Sets a key field by name (NULL: the next one in key order) from a match in
 * the syntax of ABI.md 5. */
int p4e_entry_key(struct p4e_entry *e, const char *field, const char *text, unsigned flags);
int p4e_entry_key_at(struct p4e_entry *e, unsigned idx, const char *text, unsigned flags);
void p4e_entry_priority(struct p4e_entry *e, uint32_t priority);
/* Chooses the action; arguments are then set by name or (NULL) in order. */
int p4e_entry_action(struct p4e_entry *e, const char *action);
int p4e_entry_arg(struct p4e_entry *e, const char *param, const char *text);

#define P4E_FINISH_KEY (1u << 0)   /* every exact field given (others: don't care) */
#define P4E_FINISH_VALUE (1u << 1) /* an action and all its arguments */
#define P4E_FINISH_PRIORITY (1u << 2) /* ternary: a priority */
/* Checks the entry is complete and fills in what follows from it (lpm
 * prefixlen, masked key). */
int p4e_entry_finish(struct p4e_entry *e, unsigned what);

/* Decodes an entry from map bytes (`mask`: ternary only, may be NULL). */
int p4e_entry_decode(struct p4e_entry *e, const void *key, const void *value, const void *mask);
/* A key field's text: exact "0x0a000001", lpm "0x0a000000/8", ternary
 * "0x0a000000&&&0xff000000", range "0x0400..0x07ff", "*" for don't care. */
int p4e_entry_format_key(const struct p4e_entry *e, unsigned idx, char *out, size_t len);
/* An argument's text, "0x..."; the entry's action must be set. */
int p4e_entry_format_arg(const struct p4e_entry *e, unsigned idx, char *out, size_t len);

/* ------------------------------------------------------------ live tables */

/* A table's maps, as file descriptors (-1: absent). */
struct p4e_table_fds {
	int entries;
	int defaults;
	int masks;
};

#define P4E_INSERT_ANY 0      /* add or replace */
#define P4E_INSERT_NOEXIST 1  /* fail with -EEXIST when the key is there */

int p4e_table_insert(const struct p4e_table *t, const struct p4e_table_fds *fds,
		     const struct p4e_entry *e, int mode);
/* Removes the entry with e's key (and mask); -ENOENT when there is none. */
int p4e_table_remove(const struct p4e_table *t, const struct p4e_table_fds *fds,
		     const struct p4e_entry *e);
/* Reads the value of the entry with e's key (and mask) into e. */
int p4e_table_get(const struct p4e_table *t, const struct p4e_table_fds *fds, struct p4e_entry *e);
/* What a packet with e's key (values only) hits, as the data path looks it
 * up; 0 and e filled, or -ENOENT on a miss. */
int p4e_table_lookup(const struct p4e_table *t, const struct p4e_table_fds *fds,
		     struct p4e_entry *e);

typedef int (*p4e_entry_fn)(const struct p4e_entry *e, void *ctx);
/* Calls fn for every entry (stops at and returns fn's first non-zero). */
int p4e_table_foreach(const struct p4e_table *t, const struct p4e_table_fds *fds, p4e_entry_fn fn,
		      void *ctx);
int p4e_table_clear(const struct p4e_table *t, const struct p4e_table_fds *fds);
/* The number of entries. */
int p4e_table_count(const struct p4e_table *t, const struct p4e_table_fds *fds);

/* Whether a ternary table has range fields: its entries are stored as the
 * prefixes their ranges decompose into (ABI.md, 3.4). */
bool p4e_table_has_range(const struct p4e_table *t);

/* The default action: e's action and arguments; a read fills e. */
int p4e_table_set_default(const struct p4e_table *t, const struct p4e_table_fds *fds,
			  const struct p4e_entry *e);
int p4e_table_get_default(const struct p4e_table *t, const struct p4e_table_fds *fds,
			  struct p4e_entry *e);

/* Writes the description's default action and initial entries. */
int p4e_table_init(const struct p4e_table *t, const struct p4e_table_fds *fds);

/* -------------------------------------------------------------- counters */

/* The count at `index` summed over CPUs; -ENOENT when a sparse counter has
 * never seen the index (reported as 0 by callers that want). */
int p4e_counter_read(const struct p4e_counter *c, int fd, uint32_t index, uint64_t *value);
typedef int (*p4e_count_fn)(uint32_t index, uint64_t value, void *ctx);
/* Every index a sparse counter has seen, or every non-zero cell of a dense one. */
int p4e_counter_foreach(const struct p4e_counter *c, int fd, p4e_count_fn fn, void *ctx);
/* Zeroes one index, or all with `all`. */
int p4e_counter_clear(const struct p4e_counter *c, int fd, uint32_t index, bool all);

/* ------------------------------------------------------------- registers */

int p4e_register_read(const struct p4e_register *r, int fd, uint32_t index, uint8_t *be);
int p4e_register_write(const struct p4e_register *r, int fd, uint32_t index, const uint8_t *be);

/* ------------------------------------------------------------ value sets */

/* VALUE[&&&MASK] per key field, fields separated by ','; '*' or '_' matches
 * anything. Fills value and mask (key_size bytes each, the key's layout);
 * value bits outside the mask are cleared. */
int p4e_value_set_encode(const struct p4e_value_set *vs, const char *text, uint8_t *value,
			 uint8_t *mask);
/* The same text back: "0x0800", "0x06,0x40&&&0xc0". */
int p4e_value_set_format(const struct p4e_value_set *vs, const uint8_t *value, const uint8_t *mask,
			 char *out, size_t len);
/* Adds value&&&mask to a free slot (0 when it is there already; -ENOSPC
 * when the set is full); deletes it (-ENOENT when it is not there). */
int p4e_value_set_add(const struct p4e_value_set *vs, int fd, const uint8_t *value,
		      const uint8_t *mask);
int p4e_value_set_delete(const struct p4e_value_set *vs, int fd, const uint8_t *value,
			 const uint8_t *mask);
typedef int (*p4e_value_set_fn)(uint32_t slot, const uint8_t *value, const uint8_t *mask,
				void *ctx);
/* Calls fn for every used slot (stops at and returns fn's first non-zero). */
int p4e_value_set_foreach(const struct p4e_value_set *vs, int fd, p4e_value_set_fn fn, void *ctx);
int p4e_value_set_clear(const struct p4e_value_set *vs, int fd);

#endif
