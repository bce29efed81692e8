/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* nfctl.h: what loader/'s files share, and the table of contents of loader/.
 *
 *   main.c      options, the object table, prefix matching, dispatch, logging
 *   common.c    bpffs and pins, opening a loaded NF, checking an object's maps
 *               against its description, entries from arguments, JSON output
 *   prog.c      nfctl prog load | show | unload
 *   table.c     nfctl table show | add | delete | get | lookup | dump | default | clear
 *   counter.c   nfctl counter show | get | dump | clear
 *   register.c  nfctl register show | get | set | dump
 *   value_set.c nfctl value_set show | add | delete | dump
 *   stf.c       the STF parser (p4c's format, with our extensions)
 *   test.c      nfctl test: STF files through BPF_PROG_TEST_RUN
 *   netdev.c    ifb devices in a private network namespace, for XDP input ports
 *
 * Every command is stateless: it opens the pins it needs under the NF's pin
 * directory (runtime/ABI.md, 6) and closes them. Functions return 0 or
 * -errno and have already printed why; commands return an exit status. */
#ifndef NFCTL_H
#define NFCTL_H

#include <stdbool.h>
#include <stdio.h>
#include <stdint.h>

#include <json-c/json.h>

#include "../runtime/p4ebpf.h"

#define LD_PIN_ROOT "/sys/fs/bpf/p4ebpf"
#define LD_BPFFS "/sys/fs/bpf"

#if defined(__GNUC__)
#define LD_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define LD_PRINTF(a, b)
#endif

/* ------------------------------------------------------------- main.c */

extern bool ld_json;   /* -j: JSON on stdout */
extern bool ld_pretty; /* -p: indented JSON */
extern bool ld_debug;  /* -d: libbpf's debug output and the verifier's log */

/* A verb of an object. */
struct ld_cmd {
	const char *name;
	int (*fn)(int argc, char **argv); /* argv[0] is the first argument after the verb */
};

/* Runs the command whose name `argv[0]` is a prefix of (exact names win,
 * ambiguity is an error); no verb runs `dflt` ("show" or "help"). */
int ld_dispatch(const char *object, const struct ld_cmd *cmds, const char *dflt, int argc,
		char **argv);
bool ld_is_prefix(const char *prefix, const char *word);

/* Errors and warnings, prefixed with the current context ("nfctl: " or
 * "file.stf:12: "). Errors come out as {"error": ...} in JSON mode. */
void ld_err(const char *fmt, ...) LD_PRINTF(1, 2);
void ld_warn(const char *fmt, ...) LD_PRINTF(1, 2);
/* Sets the prefix of every message, including the library's; NULL: "nfctl: ". */
void ld_set_context(const char *ctx);

/* Prints (and frees) a JSON document. */
void ld_json_print(json_object *o);
/* o[key] = a string / an integer. */
void ld_json_str(json_object *o, const char *key, const char *value);
void ld_json_int(json_object *o, const char *key, int64_t value);

/* ----------------------------------------------------------- common.c */

/* "NAME" -> LD_PIN_ROOT/NAME; paths with a '/' are kept. Caller frees. */
char *ld_pin_path(const char *arg);
/* Mounts bpffs on LD_BPFFS unless something is mounted there (as bpftool). */
int ld_bpffs_ensure(void);
/* mkdir -p */
int ld_mkdirs(const char *path, int mode);

/* A loaded NF, opened from its pins. */
struct ld_nf {
	char *pin;
	struct p4e_desc *desc;
};

int ld_nf_open(const char *arg, struct ld_nf *nf);
void ld_nf_close(struct ld_nf *nf);
/* PIN/maps/NAME opened; -errno (printed) when missing. */
int ld_nf_map_fd(const struct ld_nf *nf, const char *map);
/* The maps of a table of an opened NF; close with ld_table_fds_close(). */
int ld_nf_table_fds(const struct ld_nf *nf, const struct p4e_table *t, struct p4e_table_fds *fds);
void ld_table_fds_close(struct p4e_table_fds *fds);

/* A table, counter by name, with a message naming the NF when missing. */
const struct p4e_table *ld_find_table(const struct p4e_desc *d, const char *name);
const struct p4e_counter *ld_find_counter(const struct p4e_desc *d, const char *name);

struct bpf_object;
/* Checks that every map the description names is in the object, with the
 * sizes and types it says. */
int ld_check_maps(const struct p4e_desc *d, struct bpf_object *obj, const char *obj_path);
/* The maps of a table of a loaded (not pinned) object. */
int ld_obj_table_fds(struct bpf_object *obj, const struct p4e_table *t, struct p4e_table_fds *fds);
/* NAME.bpf.o or NAME.o -> NAME.json. Caller frees. */
char *ld_desc_path_for(const char *obj_path);

/* Fills an entry from command-line words:
 *   [priority N] MATCH... [action ACTION [ARG...]]
 * MATCH is [FIELD(:|=)]VALUE, ARG is [PARAM(:|=)]VALUE, and ACTION may be
 * written ACTION(ARG, ...) as in STF. `need_action`: the action is required;
 * else it is refused. */
int ld_entry_from_words(struct p4e_entry *e, int argc, char **argv, bool need_action,
			unsigned flags);
/* An action and its arguments from "NAME(ARG, ...)" or "NAME"; `rest` are
 * further ARG words (may be 0). */
int ld_action_from_words(struct p4e_entry *e, const char *action, int argc, char **argv);

/* One entry's text: "[priority N ]F=V ... action A P=V ..." and as JSON. */
int ld_entry_text(const struct p4e_entry *e, char *buf, size_t len, bool with_key);
json_object *ld_entry_json(const struct p4e_entry *e, bool with_key);

/* Parses an unsigned decimal or 0x number into *out, up to max. */
int ld_parse_u32(const char *s, uint32_t *out);

/* ------------------------------------------------------------ objects */

int ld_do_prog(int argc, char **argv);
int ld_do_table(int argc, char **argv);
int ld_do_counter(int argc, char **argv);
int ld_do_register(int argc, char **argv);
int ld_do_value_set(int argc, char **argv);
int ld_do_test(int argc, char **argv);

/* ------------------------------------------------------------- stf.c */

enum ld_stf_kind {
	STF_ADD,
	STF_SETDEFAULT,
	STF_REMOVE,     /* one entry, a table's entries (all), or every table's (all) */
	STF_PACKET,
	STF_EXPECT,
	STF_NO_PACKET,
	STF_CHECK_COUNTER,
	STF_WAIT,
};

/* NAME:VALUE, as written; name is NULL for a positional value. */
struct ld_stf_kv {
	char *name;
	char *value;
};

enum ld_stf_cmp { STF_EQ, STF_NE, STF_LT, STF_LE, STF_GT, STF_GE };

struct ld_stf_cmd {
	enum ld_stf_kind kind;
	int line;
	/* add, setdefault, remove */
	char *table;     /* NULL for "remove all" */
	bool has_priority;
	uint32_t priority;
	struct ld_stf_kv *keys;
	unsigned n_keys;
	char *action;
	struct ld_stf_kv *args;
	unsigned n_args;
	char *entry_id;  /* add ... = ID; remove ID */
	bool all;        /* remove [TABLE] all */
	char *vs_value;  /* add/remove VALUE_SET VALUE[&&&MASK]: `table` names the set */
	/* packet, expect */
	uint32_t port;
	uint8_t *data;   /* bytes */
	uint8_t *care;   /* expect: per byte, the nibbles that must match (0xf0, 0x0f) */
	size_t len;
	bool exact_len;  /* expect ...$ */
	bool any_data;   /* expect PORT with no data */
	/* check_counter NAME(INDEX) [packets|bytes] OP VALUE */
	char *counter;
	uint32_t index;
	enum ld_stf_cmp cmp;
	uint64_t count;
};

struct ld_stf {
	char *path;
	struct ld_stf_cmd *cmds;
	unsigned n;
};

/* Parses a whole file; prints "file:line: error: ..." for every bad line and
 * returns -EINVAL when there was one. */
int ld_stf_parse(const char *path, struct ld_stf **out);
/* The same from an open file; `path` names it in messages. */
int ld_stf_read(FILE *f, const char *path, struct ld_stf **out);
void ld_stf_free(struct ld_stf *s);

/* ------------------------------------------------------------ netdev.c */

/* Moves this process into a new network namespace (once). */
int ld_netns_private(void);
/* Creates an ifb device with this ifindex in the current namespace. */
int ld_ifb_create(uint32_t ifindex);

#endif
