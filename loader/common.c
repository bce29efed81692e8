/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* common.c: what several nfctl objects need: bpffs and pin paths, opening a
 * loaded NF from its pins, checking an object against its description,
 * entries from command-line words, and printing entries. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include <linux/magic.h>

#include "nfctl.h"

/* ------------------------------------------------------------- pins */

char *ld_pin_path(const char *arg)
{
	char *p;

	if (strchr(arg, '/'))
		return strdup(arg);
	if (asprintf(&p, "%s/%s", LD_PIN_ROOT, arg) < 0)
		return NULL;
	return p;
}

static bool is_bpffs(const char *path)
{
	struct statfs st;

	return statfs(path, &st) == 0 && st.f_type == BPF_FS_MAGIC;
}

int ld_bpffs_ensure(void)
{
	if (is_bpffs(LD_BPFFS))
		return 0;
	/* As bpftool does: a private bpffs where none is mounted. */
	if (mount("bpf", LD_BPFFS, "bpf", 0, "mode=0700")) {
		int err = errno;

		ld_err("cannot mount bpffs on %s: %s", LD_BPFFS, strerror(err));
		return -err;
	}
	return 0;
}

int ld_mkdirs(const char *path, int mode)
{
	char buf[PATH_MAX];
	size_t i, n = strlen(path);

	if (n >= sizeof(buf))
		return -ENAMETOOLONG;
	memcpy(buf, path, n + 1);
	for (i = 1; i <= n; i++) {
		if (buf[i] != '/' && buf[i] != '\0')
			continue;
		buf[i] = '\0';
		if (mkdir(buf, (mode_t)mode) && errno != EEXIST)
			return -errno;
		buf[i] = path[i];
	}
	return 0;
}

/* Reads PIN/desc: one array slot holding the JSON text. */
static struct p4e_desc *read_desc(const char *pin)
{
	struct bpf_map_info info = { 0 };
	uint32_t len = sizeof(info), zero = 0;
	struct p4e_desc *d = NULL;
	char path[PATH_MAX], *text;
	int fd;

	snprintf(path, sizeof(path), "%s/desc", pin);
	fd = bpf_obj_get(path);
	if (fd < 0) {
		int err = errno;

		ld_err("%s: not a loaded NF (no %s: %s)", pin, path, strerror(err));
		errno = err;
		return NULL;
	}
	if (bpf_obj_get_info_by_fd(fd, &info, &len) || info.type != BPF_MAP_TYPE_ARRAY) {
		ld_err("%s is not an nfctl description map", path);
		close(fd);
		errno = EINVAL;
		return NULL;
	}
	text = calloc(1, info.value_size + 1);
	if (text && bpf_map_lookup_elem(fd, &zero, text) == 0)
		d = p4e_desc_parse(text, strnlen(text, info.value_size), path);
	else
		ld_err("%s: cannot read the description: %s", path, strerror(errno));
	free(text);
	close(fd);
	return d;
}

int ld_nf_open(const char *arg, struct ld_nf *nf)
{
	memset(nf, 0, sizeof(*nf));
	nf->pin = ld_pin_path(arg);
	if (!nf->pin)
		return -ENOMEM;
	nf->desc = read_desc(nf->pin);
	if (!nf->desc) {
		int err = errno;

		free(nf->pin);
		nf->pin = NULL;
		return -(err ? err : EINVAL);
	}
	return 0;
}

void ld_nf_close(struct ld_nf *nf)
{
	p4e_desc_free(nf->desc);
	free(nf->pin);
	nf->desc = NULL;
	nf->pin = NULL;
}

int ld_nf_map_fd(const struct ld_nf *nf, const char *map)
{
	char path[PATH_MAX];
	int fd;

	snprintf(path, sizeof(path), "%s/maps/%s", nf->pin, map);
	fd = bpf_obj_get(path);
	if (fd < 0) {
		int err = errno;

		ld_err("NF '%s': map '%s' is not pinned at %s: %s", nf->desc->name, map, path,
		       strerror(err));
		return -err;
	}
	return fd;
}

void ld_table_fds_close(struct p4e_table_fds *fds)
{
	if (fds->entries >= 0)
		close(fds->entries);
	if (fds->defaults >= 0)
		close(fds->defaults);
	if (fds->masks >= 0)
		close(fds->masks);
	fds->entries = fds->defaults = fds->masks = -1;
}

int ld_nf_table_fds(const struct ld_nf *nf, const struct p4e_table *t, struct p4e_table_fds *fds)
{
	fds->entries = fds->defaults = fds->masks = -1;
	if (t->entries_map && (fds->entries = ld_nf_map_fd(nf, t->entries_map)) < 0)
		goto fail;
	if ((fds->defaults = ld_nf_map_fd(nf, t->default_map)) < 0)
		goto fail;
	if (t->masks_map && (fds->masks = ld_nf_map_fd(nf, t->masks_map)) < 0)
		goto fail;
	return 0;
fail:
	ld_table_fds_close(fds);
	return -ENOENT;
}

int ld_obj_table_fds(struct bpf_object *obj, const struct p4e_table *t, struct p4e_table_fds *fds)
{
	fds->entries = t->entries_map ? bpf_object__find_map_fd_by_name(obj, t->entries_map) : -1;
	fds->defaults = bpf_object__find_map_fd_by_name(obj, t->default_map);
	fds->masks = t->masks_map ? bpf_object__find_map_fd_by_name(obj, t->masks_map) : -1;
	if ((t->entries_map && fds->entries < 0) || fds->defaults < 0 ||
	    (t->masks_map && fds->masks < 0))
		return -ENOENT;
	return 0;
}

static const char *const not_found[] = { "no", "ambiguous" };

const struct p4e_table *ld_find_table(const struct p4e_desc *d, const char *name)
{
	const struct p4e_table *t = p4e_desc_table(d, name);

	if (!t)
		ld_err("NF '%s': %s table '%s'", d->name, not_found[errno == ENOTUNIQ], name);
	return t;
}

const struct p4e_counter *ld_find_counter(const struct p4e_desc *d, const char *name)
{
	const struct p4e_counter *c = p4e_desc_counter(d, name);

	if (!c)
		ld_err("NF '%s': %s counter '%s'", d->name, not_found[errno == ENOTUNIQ], name);
	return c;
}

char *ld_desc_path_for(const char *obj_path)
{
	size_t n = strlen(obj_path);
	char *p = malloc(n + 6);

	if (!p)
		return NULL;
	memcpy(p, obj_path, n + 1);
	if (n > 6 && strcmp(p + n - 6, ".bpf.o") == 0)
		p[n - 6] = '\0';
	else if (n > 2 && strcmp(p + n - 2, ".o") == 0)
		p[n - 2] = '\0';
	strcat(p, ".json");
	return p;
}

/* --------------------------------------------------- object vs description */

static int check_map(const struct p4e_desc *d, struct bpf_object *obj, const char *path,
		     const char *owner, const char *name, enum bpf_map_type type,
		     enum bpf_map_type alt, unsigned key_size, unsigned value_size, uint32_t entries)
{
	struct bpf_map *m = bpf_object__find_map_by_name(obj, name);

	if (!m) {
		ld_err("NF '%s': %s: map '%s' is not in %s", d->name, owner, name, path);
		return -ENOENT;
	}
	if (bpf_map__type(m) != type && bpf_map__type(m) != alt) {
		ld_err("NF '%s': %s: map '%s' has type %s in %s, the description needs %s", d->name,
		       owner, name, libbpf_bpf_map_type_str(bpf_map__type(m)), path,
		       libbpf_bpf_map_type_str(type));
		return -EINVAL;
	}
	if (bpf_map__key_size(m) != key_size || bpf_map__value_size(m) != value_size) {
		ld_err("NF '%s': %s: map '%s' has %u-byte keys and %u-byte values in %s, the "
		       "description says %u and %u",
		       d->name, owner, name, bpf_map__key_size(m), bpf_map__value_size(m), path,
		       key_size, value_size);
		return -EINVAL;
	}
	if (entries && bpf_map__max_entries(m) != entries) {
		ld_err("NF '%s': %s: map '%s' has %u entries in %s, the description says %u",
		       d->name, owner, name, bpf_map__max_entries(m), path, entries);
		return -EINVAL;
	}
	return 0;
}

int ld_check_maps(const struct p4e_desc *d, struct bpf_object *obj, const char *path)
{
	static const enum bpf_map_type kinds[] = {
		[P4E_TABLE_EXACT] = BPF_MAP_TYPE_HASH,
		[P4E_TABLE_ARRAY] = BPF_MAP_TYPE_ARRAY,
		[P4E_TABLE_LPM] = BPF_MAP_TYPE_LPM_TRIE,
		[P4E_TABLE_TERNARY] = BPF_MAP_TYPE_HASH,
		[P4E_TABLE_KEYLESS] = BPF_MAP_TYPE_UNSPEC, /* no entries map */
	};
	struct bpf_program *prog = bpf_object__find_program_by_name(obj, d->program);
	enum bpf_prog_type want = d->hook == P4E_HOOK_XDP ? BPF_PROG_TYPE_XDP
							  : BPF_PROG_TYPE_SCHED_CLS;
	char owner[300];
	unsigned i;
	int err = 0;

	if (!prog) {
		ld_err("NF '%s': program '%s' is not in %s", d->name, d->program, path);
		return -ENOENT;
	}
	if (bpf_program__type(prog) != want) {
		ld_err("NF '%s': program '%s' is %s in %s, but the hook '%s' needs %s", d->name,
		       d->program, libbpf_bpf_prog_type_str(bpf_program__type(prog)), path,
		       p4e_hook_str(d->hook), libbpf_bpf_prog_type_str(want));
		return -EINVAL;
	}
	for (i = 0; !err && i < d->n_tables; i++) {
		const struct p4e_table *t = &d->tables[i];

		snprintf(owner, sizeof(owner), "table '%s'", t->name);
		if (t->entries_map)
			err = check_map(d, obj, path, owner, t->entries_map, kinds[t->kind],
					kinds[t->kind], t->key_size, t->value_size,
					t->kind == P4E_TABLE_ARRAY ? t->size : 0);
		if (!err)
			err = check_map(d, obj, path, owner, t->default_map, BPF_MAP_TYPE_ARRAY,
					BPF_MAP_TYPE_ARRAY, 4, t->value_size, 1);
		if (!err && t->masks_map)
			err = check_map(d, obj, path, owner, t->masks_map, BPF_MAP_TYPE_ARRAY,
					BPF_MAP_TYPE_ARRAY, 4, 8 + t->key_size, t->max_masks);
	}
	for (i = 0; !err && i < d->n_counters; i++) {
		const struct p4e_counter *c = &d->counters[i];
		enum bpf_map_type ty = c->hash ? (c->percpu ? BPF_MAP_TYPE_PERCPU_HASH
							    : BPF_MAP_TYPE_HASH)
					       : (c->percpu ? BPF_MAP_TYPE_PERCPU_ARRAY
							    : BPF_MAP_TYPE_ARRAY);

		snprintf(owner, sizeof(owner), "counter '%s'", c->name);
		err = check_map(d, obj, path, owner, c->map, ty, ty, 4, c->value_size,
				c->hash ? 0 : c->size);
	}
	for (i = 0; !err && i < d->n_registers; i++) {
		const struct p4e_register *r = &d->registers[i];

		snprintf(owner, sizeof(owner), "register '%s'", r->name);
		err = check_map(d, obj, path, owner, r->map, BPF_MAP_TYPE_ARRAY,
				BPF_MAP_TYPE_ARRAY, 4, r->cell.size, r->size);
	}
	for (i = 0; !err && i < d->n_value_sets; i++) {
		const struct p4e_value_set *v = &d->value_sets[i];

		snprintf(owner, sizeof(owner), "value_set '%s'", v->name);
		err = check_map(d, obj, path, owner, v->map, BPF_MAP_TYPE_ARRAY,
				BPF_MAP_TYPE_ARRAY, 4, v->slot_size, v->size);
	}
	if (!err && bpf_object__find_map_by_name(obj, "p4e_out"))
		err = check_map(d, obj, path, "p4e_out", "p4e_out", BPF_MAP_TYPE_PERCPU_ARRAY,
				BPF_MAP_TYPE_PERCPU_ARRAY, 4, 8, 1);
	return err;
}

/* --------------------------------------------------- entries from words */

int ld_parse_u32(const char *s, uint32_t *out)
{
	unsigned long long v;
	char *end;

	if (!*s || *s == '-')
		return -EINVAL;
	errno = 0;
	v = strtoull(s, &end, 0);
	if (*end || errno || v > UINT32_MAX)
		return -EINVAL;
	*out = (uint32_t)v;
	return 0;
}

static char *trim(char *s)
{
	char *e;

	while (*s == ' ' || *s == '\t')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
		*--e = '\0';
	return s;
}

/* Splits NAME:VALUE / NAME=VALUE when NAME is known to `is_name`; the
 * NAME is written into buf. Returns the value, *name NULL when positional. */
static const char *split_word(const char *word, char *buf, size_t len, const char **name,
			      bool (*is_name)(const void *ctx, const char *name), const void *ctx)
{
	size_t n = strcspn(word, ":=");

	*name = NULL;
	if (word[n] && n > 0 && n < len) {
		memcpy(buf, word, n);
		buf[n] = '\0';
		if (is_name(ctx, buf)) {
			*name = buf;
			return word + n + 1;
		}
	}
	return word;
}

static bool is_key_field(const void *ctx, const char *name)
{
	return p4e_table_key_field(ctx, name) >= 0;
}

static bool is_param(const void *ctx, const char *name)
{
	return p4e_action_param(ctx, name) >= 0;
}

static int add_arg(struct p4e_entry *e, const char *word)
{
	char buf[256];
	const char *name, *value = split_word(word, buf, sizeof(buf), &name, is_param, e->action);

	return p4e_entry_arg(e, name, value);
}

int ld_action_from_words(struct p4e_entry *e, const char *action, int argc, char **argv)
{
	char *copy = strdup(action), *open, *close, *arg, *save = NULL;
	int err, i;

	if (!copy)
		return -ENOMEM;
	open = strchr(copy, '(');
	if (open) {
		close = strrchr(open, ')');
		if (!close || trim(close + 1)[0]) {
			ld_err("action '%s': expected NAME(ARG, ...)", action);
			free(copy);
			return -EINVAL;
		}
		*open = *close = '\0';
	}
	err = p4e_entry_action(e, trim(copy));
	if (!err && open) {
		for (arg = strtok_r(open + 1, ",", &save); !err && arg;
		     arg = strtok_r(NULL, ",", &save)) {
			arg = trim(arg);
			if (*arg)
				err = add_arg(e, arg);
		}
	}
	for (i = 0; !err && i < argc; i++)
		err = add_arg(e, argv[i]);
	free(copy);
	return err;
}

int ld_entry_from_words(struct p4e_entry *e, int argc, char **argv, bool need_action,
			unsigned flags)
{
	const struct p4e_table *t = e->table;
	int i, err = 0;

	for (i = 0; !err && i < argc; i++) {
		char buf[256];
		const char *name, *value;

		if (strcmp(argv[i], "priority") == 0) {
			uint32_t prio;

			if (i + 1 >= argc || ld_parse_u32(argv[i + 1], &prio)) {
				ld_err("table '%s': 'priority' needs a number", t->name);
				return -EINVAL;
			}
			p4e_entry_priority(e, prio);
			i++;
			continue;
		}
		if (strcmp(argv[i], "action") == 0) {
			if (!need_action) {
				ld_err("table '%s': no action is wanted here", t->name);
				return -EINVAL;
			}
			if (i + 1 >= argc) {
				ld_err("table '%s': 'action' needs a name", t->name);
				return -EINVAL;
			}
			err = ld_action_from_words(e, argv[i + 1], argc - i - 2, argv + i + 2);
			return err ? err : p4e_entry_finish(e, P4E_FINISH_KEY | P4E_FINISH_VALUE |
									P4E_FINISH_PRIORITY);
		}
		value = split_word(argv[i], buf, sizeof(buf), &name, is_key_field, t);
		err = p4e_entry_key(e, name, value, flags);
	}
	if (err)
		return err;
	if (need_action) {
		ld_err("table '%s': 'action ACTION' is missing", t->name);
		return -EINVAL;
	}
	return p4e_entry_finish(e, P4E_FINISH_KEY);
}

/* ------------------------------------------------------ printing entries */

int ld_entry_text(const struct p4e_entry *e, char *buf, size_t len, bool with_key)
{
	const struct p4e_table *t = e->table;
	char v[P4E_MAX_FIELD_BYTES * 4 + 16];
	size_t pos = 0;
	unsigned i;

#define PUT(...)                                                                                   \
	do {                                                                                       \
		int __n = snprintf(buf + pos, pos < len ? len - pos : 0, __VA_ARGS__);             \
		pos += __n > 0 ? (size_t)__n : 0;                                                  \
	} while (0)
	buf[0] = '\0';
	if (with_key) {
		if (t->kind == P4E_TABLE_TERNARY)
			PUT("priority %u ", e->priority);
		for (i = 0; i < t->n_key; i++) {
			p4e_entry_format_key(e, i, v, sizeof(v));
			PUT("%s=%s ", t->key[i].name, v);
		}
	}
	if (!e->action) {
		uint32_t id;

		memcpy(&id, e->value, 4);
		if (id)
			PUT("action #%u (unknown)", id);
		else
			PUT("no action");
	} else {
		PUT("action %s", e->action->name);
		for (i = 0; i < e->action->n_params; i++) {
			p4e_entry_format_arg(e, i, v, sizeof(v));
			PUT(" %s=%s", e->action->params[i].name, v);
		}
	}
#undef PUT
	return pos < len ? 0 : -ENOSPC;
}

json_object *ld_entry_json(const struct p4e_entry *e, bool with_key)
{
	const struct p4e_table *t = e->table;
	json_object *o = json_object_new_object(), *k, *a;
	char v[P4E_MAX_FIELD_BYTES * 4 + 16];
	unsigned i;

	if (with_key) {
		if (t->kind == P4E_TABLE_TERNARY)
			ld_json_int(o, "priority", e->priority);
		k = json_object_new_object();
		for (i = 0; i < t->n_key; i++) {
			p4e_entry_format_key(e, i, v, sizeof(v));
			json_object_object_add(k, t->key[i].name, json_object_new_string(v));
		}
		json_object_object_add(o, "key", k);
	}
	json_object_object_add(o, "action",
			       e->action ? json_object_new_string(e->action->name) : NULL);
	a = json_object_new_object();
	for (i = 0; e->action && i < e->action->n_params; i++) {
		p4e_entry_format_arg(e, i, v, sizeof(v));
		json_object_object_add(a, e->action->params[i].name, json_object_new_string(v));
	}
	json_object_object_add(o, "args", a);
	return o;
}
