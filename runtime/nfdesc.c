/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* nfdesc.c: reads NAME.json (runtime/ABI.md, 1) into a struct p4e_desc,
 * checks that its layouts are possible, and finds things in it by name.
 * Also the library's logger.
 *
 * Checking here means a wrong description fails at load with a message
 * about the description, instead of corrupting a map later. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "p4e_internal.h"

/* ---------------------------------------------------------------- logging */

static int p4e_default_print(enum p4e_print_level level, const char *fmt, va_list ap)
{
	if (level == P4E_DEBUG)
		return 0;
	return vfprintf(stderr, fmt, ap);
}

static p4e_print_fn_t p4e_print = p4e_default_print;

p4e_print_fn_t p4e_set_print(p4e_print_fn_t fn)
{
	p4e_print_fn_t old = p4e_print;

	p4e_print = fn;
	return old;
}

void p4e_log(enum p4e_print_level level, const char *fmt, ...)
{
	va_list ap;
	int err = errno; /* a logger must not change what the caller returns */

	if (!p4e_print)
		return;
	va_start(ap, fmt);
	p4e_print(level, fmt, ap);
	va_end(ap);
	errno = err;
}

/* ------------------------------------------------------------ enum names */

static const char *const arch_names[] = { "ebpf_filter", "xdp", "nf" };
static const char *const hook_names[] = { "tc", "xdp" };
static const char *const kind_names[] = { "exact", "array", "lpm", "ternary", "keyless" };
static const char *const match_names[] = { "exact", "lpm", "ternary", "optional", "range" };
static const char *const order_names[] = { "host", "big" };

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

const char *p4e_arch_str(enum p4e_arch arch)
{
	return (unsigned)arch < ARRAY_SIZE(arch_names) ? arch_names[arch] : "?";
}

const char *p4e_hook_str(enum p4e_hook hook)
{
	return (unsigned)hook < ARRAY_SIZE(hook_names) ? hook_names[hook] : "?";
}

const char *p4e_table_kind_str(enum p4e_table_kind kind)
{
	return (unsigned)kind < ARRAY_SIZE(kind_names) ? kind_names[kind] : "?";
}

const char *p4e_match_kind_str(enum p4e_match_kind kind)
{
	return (unsigned)kind < ARRAY_SIZE(match_names) ? match_names[kind] : "?";
}

/* ------------------------------------------------------- reading members */

/* Where in the description we are, for messages: "filter.json: table 'x'". */
struct ctx {
	const char *origin;
	char where[256];
};

static void bad(struct ctx *c, const char *fmt, ...) P4E_PRINTF(2, 3);

/* One message, one logger call: "filter.json: table 'x': what is wrong". */
static void bad(struct ctx *c, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	p4e_warn("%s: %s%s%s\n", c->origin, c->where, c->where[0] ? ": " : "", msg);
}

static json_object *member(struct ctx *c, json_object *o, const char *name, json_type type,
			   bool required)
{
	json_object *m;

	if (!json_object_object_get_ex(o, name, &m) || json_object_is_type(m, json_type_null)) {
		if (required)
			bad(c, "missing member '%s'", name);
		return NULL;
	}
	/* A JSON integer is a number wherever a double would do. */
	if (!json_object_is_type(m, type)) {
		bad(c, "member '%s' is not a%s %s", name, type == json_type_array ? "n" : "",
		    json_type_to_name(type));
		return NULL;
	}
	return m;
}

static int get_str(struct ctx *c, json_object *o, const char *name, char **out, bool required)
{
	json_object *m = member(c, o, name, json_type_string, required);

	*out = NULL;
	if (!m) {
		json_object *any;

		/* Absent and optional is fine; present with a wrong type is not. */
		return !required && !json_object_object_get_ex(o, name, &any) ? 0 : -EINVAL;
	}
	*out = strdup(json_object_get_string(m));
	return *out ? 0 : -ENOMEM;
}

static int get_uint(struct ctx *c, json_object *o, const char *name, uint64_t max, uint64_t *out,
		    bool required)
{
	json_object *m;
	int64_t v;

	if (!json_object_object_get_ex(o, name, &m) || json_object_is_type(m, json_type_null)) {
		if (required) {
			bad(c, "missing member '%s'", name);
			return -EINVAL;
		}
		return 1; /* absent: *out unchanged */
	}
	if (!json_object_is_type(m, json_type_int)) {
		bad(c, "member '%s' is not an integer", name);
		return -EINVAL;
	}
	errno = 0;
	v = json_object_get_int64(m);
	if (v < 0 || (uint64_t)v > max || errno) {
		bad(c, "member '%s' is %s, outside 0..%llu", name, json_object_get_string(m),
		    (unsigned long long)max);
		return -EINVAL;
	}
	*out = (uint64_t)v;
	return 0;
}

static int get_u32(struct ctx *c, json_object *o, const char *name, uint32_t *out, bool required)
{
	uint64_t v;
	int err = get_uint(c, o, name, UINT32_MAX, &v, required);

	if (err == 0)
		*out = (uint32_t)v;
	return err < 0 ? err : 0;
}

static int get_unsigned(struct ctx *c, json_object *o, const char *name, unsigned max, unsigned *out,
			bool required)
{
	uint64_t v;
	int err = get_uint(c, o, name, max, &v, required);

	if (err == 0)
		*out = (unsigned)v;
	return err < 0 ? err : 0;
}

static int get_bool(struct ctx *c, json_object *o, const char *name, bool *out)
{
	json_object *m;

	*out = false;
	if (!json_object_object_get_ex(o, name, &m) || json_object_is_type(m, json_type_null))
		return 0;
	if (!json_object_is_type(m, json_type_boolean)) {
		bad(c, "member '%s' is not a boolean", name);
		return -EINVAL;
	}
	*out = json_object_get_boolean(m);
	return 0;
}

/* One of `names`, as an index. */
static int get_enum(struct ctx *c, json_object *o, const char *name, const char *const *names,
		    unsigned n, int *out)
{
	char *s;
	int err = get_str(c, o, name, &s, true);
	unsigned i;

	if (err)
		return err;
	for (i = 0; i < n; i++) {
		if (strcmp(s, names[i]) == 0) {
			*out = (int)i;
			free(s);
			return 0;
		}
	}
	bad(c, "member '%s' is '%s', not one of the known values", name, s);
	free(s);
	return -EINVAL;
}

/* A string, or a number written as a JSON integer: entries' values. */
static char *scalar_text(json_object *m)
{
	if (json_object_is_type(m, json_type_string) || json_object_is_type(m, json_type_int))
		return strdup(json_object_get_string(m));
	errno = EINVAL;
	return NULL;
}

static int get_strs(struct ctx *c, json_object *o, const char *name, char ***out, unsigned *n,
		    bool numbers_too)
{
	json_object *a = member(c, o, name, json_type_array, false);
	size_t i, len;

	*out = NULL;
	*n = 0;
	if (!a) {
		json_object *any;

		return json_object_object_get_ex(o, name, &any) &&
				       !json_object_is_type(any, json_type_null)
			       ? -EINVAL
			       : 0;
	}
	len = json_object_array_length(a);
	if (!len)
		return 0;
	*out = calloc(len, sizeof(**out));
	if (!*out)
		return -ENOMEM;
	for (i = 0; i < len; i++) {
		json_object *m = json_object_array_get_idx(a, i);

		if (!numbers_too && !json_object_is_type(m, json_type_string)) {
			bad(c, "member '%s': element %zu is not a string", name, i);
			return -EINVAL;
		}
		(*out)[i] = scalar_text(m);
		if (!(*out)[i]) {
			bad(c, "member '%s': element %zu is neither a string nor an integer", name, i);
			return -EINVAL;
		}
		(*n)++;
	}
	return 0;
}

static void free_strs(char **s, unsigned n)
{
	unsigned i;

	for (i = 0; i < n; i++)
		free(s[i]);
	free(s);
}

/* ------------------------------------------------------------- the parts */

/* Width, offset, size and order of a field inside a buffer of `limit` bytes
 * starting at `min_offset`; the size must be what ABI.md 2 prescribes. */
static int parse_field(struct ctx *c, json_object *o, struct p4e_field *f, unsigned min_offset,
		       unsigned limit, bool is_key, bool is_index)
{
	int order = 0, match = 0, err;
	unsigned want;

	err = get_str(c, o, "name", &f->name, true);
	if (!err && is_key)
		err = get_enum(c, o, "match", match_names, ARRAY_SIZE(match_names), &match);
	if (!err)
		err = get_unsigned(c, o, "width", P4E_MAX_FIELD_BYTES * 8, &f->width, true);
	if (!err)
		err = get_unsigned(c, o, "offset", 1 << 16, &f->offset, true);
	if (!err)
		err = get_unsigned(c, o, "size", P4E_MAX_FIELD_BYTES, &f->size, true);
	if (!err)
		err = get_enum(c, o, "byte_order", order_names, ARRAY_SIZE(order_names), &order);
	if (err)
		return err;
	f->match = (enum p4e_match_kind)match;
	f->order = (enum p4e_byte_order)order;
	if (f->width == 0) {
		bad(c, "field '%s' has width 0", f->name);
		return -EINVAL;
	}
	if (f->width > 64)
		want = p4e_be_bytes(f->width);
	else
		want = f->width <= 8 ? 1 : f->width <= 16 ? 2 : f->width <= 32 ? 4 : 8;
	/* An array table's key is a __u32 index whatever the field's width. */
	if (is_index && f->width <= 32)
		want = 4;
	if (f->size != want) {
		bad(c, "field '%s': bit<%u> takes %u bytes, not %u", f->name, f->width, want,
		    f->size);
		return -EINVAL;
	}
	if (f->offset < min_offset || f->offset + f->size > limit) {
		bad(c, "field '%s' at bytes %u..%u is outside %u..%u", f->name, f->offset,
		    f->offset + f->size, min_offset, limit);
		return -EINVAL;
	}
	return 0;
}

static int parse_names(struct ctx *c, json_object *o, char **name, char ***aliases, unsigned *n)
{
	int err = get_str(c, o, "name", name, true);

	return err ? err : get_strs(c, o, "aliases", aliases, n, false);
}

static int parse_action(struct ctx *c, json_object *o, struct p4e_action *a, unsigned value_size)
{
	json_object *params;
	size_t i, n;
	int err;
	size_t len = strlen(c->where);

	err = parse_names(c, o, &a->name, &a->aliases, &a->n_aliases);
	if (!err)
		err = get_u32(c, o, "id", &a->id, true);
	if (err)
		return err;
	if (a->id == 0) {
		bad(c, "action '%s' has id 0, which means \"no entry\"", a->name);
		return -EINVAL;
	}
	params = member(c, o, "params", json_type_array, false);
	n = params ? json_object_array_length(params) : 0;
	if (!n)
		return 0;
	a->params = calloc(n, sizeof(*a->params));
	if (!a->params)
		return -ENOMEM;
	snprintf(c->where + len, sizeof(c->where) - len, ": action '%s'", a->name);
	for (i = 0; i < n; i++) {
		a->n_params++; /* counted first: a half-parsed one is freed too */
		err = parse_field(c, json_object_array_get_idx(params, i), &a->params[i], 8,
				  value_size, false, false);
		if (err)
			return err;
	}
	c->where[len] = '\0';
	return 0;
}

static int parse_entry(struct ctx *c, json_object *o, struct p4e_entry_text *e)
{
	uint64_t prio;
	int err;

	if (!json_object_is_type(o, json_type_object)) {
		bad(c, "an entry is not an object");
		return -EINVAL;
	}
	err = get_uint(c, o, "priority", UINT32_MAX, &prio, false);
	if (err < 0)
		return err;
	if (err == 0) {
		e->has_priority = true;
		e->priority = (uint32_t)prio;
	}
	err = get_strs(c, o, "key", &e->key, &e->n_key, true);
	if (!err)
		err = get_str(c, o, "action", &e->action, true);
	if (!err)
		err = get_strs(c, o, "args", &e->args, &e->n_args, true);
	return err;
}

static int parse_table(struct ctx *c, json_object *o, struct p4e_table *t)
{
	json_object *maps, *key, *actions, *def, *entries;
	size_t i, n;
	int kind, err;
	unsigned n_lpm = 0;

	err = parse_names(c, o, &t->name, &t->aliases, &t->n_aliases);
	if (err)
		return err;
	snprintf(c->where, sizeof(c->where), "table '%s'", t->name);
	err = get_enum(c, o, "kind", kind_names, ARRAY_SIZE(kind_names), &kind);
	if (err)
		return err;
	t->kind = (enum p4e_table_kind)kind;
	t->max_masks = 32;
	err = get_u32(c, o, "size", &t->size, t->kind != P4E_TABLE_KEYLESS);
	if (!err && t->kind == P4E_TABLE_TERNARY)
		err = get_u32(c, o, "max_masks", &t->max_masks, false);
	if (!err)
		err = get_unsigned(c, o, "key_size", 4096, &t->key_size, t->kind != P4E_TABLE_KEYLESS);
	if (!err)
		err = get_unsigned(c, o, "value_size", 1 << 20, &t->value_size, true);
	if (err)
		return err;
	maps = member(c, o, "maps", json_type_object, true);
	if (!maps)
		return -EINVAL;
	err = get_str(c, maps, "entries", &t->entries_map, t->kind != P4E_TABLE_KEYLESS);
	if (!err)
		err = get_str(c, maps, "default", &t->default_map, true);
	if (!err)
		err = get_str(c, maps, "masks", &t->masks_map, t->kind == P4E_TABLE_TERNARY);
	if (err)
		return err;
	if (t->value_size < 8 || t->value_size % 4) {
		bad(c, "value_size %u is not 8 or more and a multiple of 4", t->value_size);
		return -EINVAL;
	}
	if (t->kind == P4E_TABLE_TERNARY && (t->key_size % 4 || t->key_size < 8 || !t->max_masks)) {
		bad(c, "a ternary key of %u bytes is not a __u32 mask id and fields, in words",
		    t->key_size);
		return -EINVAL;
	}

	key = member(c, o, "key", json_type_array, t->kind != P4E_TABLE_KEYLESS);
	n = key ? json_object_array_length(key) : 0;
	if (n) {
		unsigned min = t->kind == P4E_TABLE_LPM || t->kind == P4E_TABLE_TERNARY ? 4 : 0;

		t->key = calloc(n, sizeof(*t->key));
		if (!t->key)
			return -ENOMEM;
		for (i = 0; i < n; i++) {
			struct p4e_field *f = &t->key[i];

			t->n_key++;
			err = parse_field(c, json_object_array_get_idx(key, i), f, min, t->key_size,
					  true, t->kind == P4E_TABLE_ARRAY);
			if (err)
				return err;
			if (f->match == P4E_MATCH_LPM)
				n_lpm++;
			if ((t->kind == P4E_TABLE_LPM) != (f->order == P4E_ORDER_BIG) &&
			    f->width <= 64) {
				bad(c, "key field '%s' must be in %s order in a%s %s table",
				    f->name, t->kind == P4E_TABLE_LPM ? "big" : "host",
				    t->kind == P4E_TABLE_ARRAY || t->kind == P4E_TABLE_EXACT ? "n" : "",
				    kind_names[t->kind]);
				return -EINVAL;
			}
			if ((t->kind == P4E_TABLE_EXACT || t->kind == P4E_TABLE_ARRAY) &&
			    f->match != P4E_MATCH_EXACT) {
				bad(c, "key field '%s' is %s in an %s table", f->name,
				    match_names[f->match], kind_names[t->kind]);
				return -EINVAL;
			}
			if (t->kind == P4E_TABLE_LPM && f->match != P4E_MATCH_EXACT &&
			    f->match != P4E_MATCH_LPM) {
				bad(c, "key field '%s' is %s in an lpm table", f->name,
				    match_names[f->match]);
				return -EINVAL;
			}
		}
	}
	if (t->kind == P4E_TABLE_KEYLESS ? t->n_key != 0 : t->n_key == 0) {
		bad(c, "a%s %s table with %u key fields", t->kind == P4E_TABLE_KEYLESS ? "" : "n",
		    kind_names[t->kind], t->n_key);
		return -EINVAL;
	}
	if (t->kind == P4E_TABLE_LPM && n_lpm != 1) {
		bad(c, "an lpm table needs exactly one lpm key field, not %u", n_lpm);
		return -EINVAL;
	}
	if (t->kind == P4E_TABLE_ARRAY && (t->n_key != 1 || t->key[0].width > 32 || t->key_size != 4)) {
		bad(c, "an array table's key is one field of up to 32 bits in a __u32");
		return -EINVAL;
	}

	actions = member(c, o, "actions", json_type_array, true);
	if (!actions)
		return -EINVAL;
	n = json_object_array_length(actions);
	t->actions = calloc(n ? n : 1, sizeof(*t->actions));
	if (!t->actions)
		return -ENOMEM;
	for (i = 0; i < n; i++) {
		unsigned j;

		t->n_actions++;
		err = parse_action(c, json_object_array_get_idx(actions, i), &t->actions[i],
				   t->value_size);
		if (err)
			return err;
		for (j = 0; j < i; j++) {
			if (t->actions[j].id == t->actions[i].id) {
				bad(c, "actions '%s' and '%s' have the same id %u",
				    t->actions[j].name, t->actions[i].name, t->actions[i].id);
				return -EINVAL;
			}
		}
	}

	def = member(c, o, "default_action", json_type_object, false);
	if (def) {
		err = get_str(c, def, "action", &t->default_action, true);
		if (!err)
			err = get_strs(c, def, "args", &t->default_args, &t->n_default_args, true);
		if (!err)
			err = get_bool(c, def, "const", &t->default_const);
		if (err)
			return err;
		if (!p4e_table_action(t, t->default_action)) {
			bad(c, "default action '%s' is not one of the table's actions",
			    t->default_action);
			return -EINVAL;
		}
	}

	entries = member(c, o, "entries", json_type_array, false);
	n = entries ? json_object_array_length(entries) : 0;
	if (n) {
		t->entries = calloc(n, sizeof(*t->entries));
		if (!t->entries)
			return -ENOMEM;
		for (i = 0; i < n; i++) {
			err = parse_entry(c, json_object_array_get_idx(entries, i), &t->entries[i]);
			t->n_entries++;
			if (err)
				return err;
		}
	}
	return get_bool(c, o, "entries_const", &t->entries_const);
}

static int parse_counter(struct ctx *c, json_object *o, struct p4e_counter *k)
{
	char *type = NULL;
	int err;

	err = parse_names(c, o, &k->name, &k->aliases, &k->n_aliases);
	if (err)
		return err;
	snprintf(c->where, sizeof(c->where), "counter '%s'", k->name);
	err = get_str(c, o, "map", &k->map, true);
	if (!err)
		err = get_str(c, o, "type", &type, true);
	if (!err)
		err = get_bool(c, o, "percpu", &k->percpu);
	if (!err)
		err = get_u32(c, o, "size", &k->size, true);
	if (!err)
		err = get_unsigned(c, o, "value_width", 64, &k->value_width, true);
	if (!err)
		err = get_unsigned(c, o, "value_size", 8, &k->value_size, true);
	if (err)
		goto out;
	if (strcmp(type, "array") && strcmp(type, "hash")) {
		bad(c, "type '%s' is neither 'array' nor 'hash'", type);
		err = -EINVAL;
		goto out;
	}
	k->hash = strcmp(type, "hash") == 0;
	if (k->value_size != 4 && k->value_size != 8) {
		bad(c, "value_size %u is neither 4 nor 8", k->value_size);
		err = -EINVAL;
	}
out:
	free(type);
	return err;
}

static int parse_register(struct ctx *c, json_object *o, struct p4e_register *r)
{
	int order = 0, err;

	err = parse_names(c, o, &r->name, &r->aliases, &r->n_aliases);
	if (err)
		return err;
	snprintf(c->where, sizeof(c->where), "register '%s'", r->name);
	err = get_str(c, o, "map", &r->map, true);
	if (!err)
		err = get_u32(c, o, "size", &r->size, true);
	if (!err)
		err = get_unsigned(c, o, "width", P4E_MAX_FIELD_BYTES * 8, &r->cell.width, true);
	if (!err)
		err = get_unsigned(c, o, "value_size", P4E_MAX_FIELD_BYTES, &r->cell.size, true);
	if (!err && json_object_object_get_ex(o, "byte_order", NULL))
		err = get_enum(c, o, "byte_order", order_names, ARRAY_SIZE(order_names), &order);
	if (err)
		return err;
	r->cell.order = (enum p4e_byte_order)order;
	r->cell.name = strdup(r->name);
	if (!r->cell.name)
		return -ENOMEM;
	if (!r->cell.width || r->cell.size < p4e_be_bytes(r->cell.width) ||
	    (r->cell.width <= 64 && r->cell.order == P4E_ORDER_HOST && r->cell.size > 8)) {
		bad(c, "a bit<%u> cell does not fit %u bytes", r->cell.width, r->cell.size);
		return -EINVAL;
	}
	return 0;
}

/* A parser value set (ABI.md, 1.5). */
static int parse_value_set(struct ctx *c, json_object *o, struct p4e_value_set *v)
{
	json_object *key;
	size_t i, n;
	int err;

	err = parse_names(c, o, &v->name, &v->aliases, &v->n_aliases);
	if (err)
		return err;
	snprintf(c->where, sizeof(c->where), "value_set '%s'", v->name);
	err = get_str(c, o, "map", &v->map, true);
	if (!err)
		err = get_u32(c, o, "size", &v->size, true);
	if (!err)
		err = get_unsigned(c, o, "key_size", 4096, &v->key_size, true);
	if (!err)
		err = get_unsigned(c, o, "value_offset", 1 << 16, &v->value_offset, true);
	if (!err)
		err = get_unsigned(c, o, "mask_offset", 1 << 16, &v->mask_offset, true);
	if (!err)
		err = get_unsigned(c, o, "slot_size", 1 << 16, &v->slot_size, true);
	if (err)
		return err;
	if (!v->size || !v->key_size || v->value_offset < 4 ||
	    v->mask_offset < v->value_offset + v->key_size ||
	    v->slot_size < v->mask_offset + v->key_size) {
		bad(c, "slots of %u bytes cannot hold a __u32, a %u-byte value at %u and a mask at %u",
		    v->slot_size, v->key_size, v->value_offset, v->mask_offset);
		return -EINVAL;
	}
	key = member(c, o, "key", json_type_array, true);
	n = key ? json_object_array_length(key) : 0;
	if (!n) {
		bad(c, "the key has no fields");
		return -EINVAL;
	}
	v->key = calloc(n, sizeof(*v->key));
	if (!v->key)
		return -ENOMEM;
	for (i = 0; i < n; i++) {
		v->n_key++;
		err = parse_field(c, json_object_array_get_idx(key, i), &v->key[i], 0, v->key_size,
				  true, false);
		if (err)
			return err;
	}
	return 0;
}

/* Parses an array member element by element into a calloc'ed array. */
#define PARSE_ARRAY(c, root, key, arr, n, fn, required)                                            \
	({                                                                                         \
		json_object *__a = member(c, root, key, json_type_array, required);                \
		size_t __i, __len = __a ? json_object_array_length(__a) : 0;                       \
		int __err = (required) && !__a ? -EINVAL : 0;                                      \
		if (!__err && __len) {                                                             \
			arr = calloc(__len, sizeof(*(arr)));                                       \
			__err = arr ? 0 : -ENOMEM;                                                 \
		}                                                                                  \
		for (__i = 0; !__err && __i < __len; __i++) {                                      \
			json_object *__e = json_object_array_get_idx(__a, __i);                    \
			(n)++;                                                                     \
			__err = json_object_is_type(__e, json_type_object)                         \
					? fn(c, __e, &(arr)[__i])                                  \
					: (bad(c, "%s[%zu] is not an object", key, __i), -EINVAL); \
			(c)->where[0] = '\0';                                                      \
		}                                                                                  \
		__err;                                                                             \
	})

static int check_unique(struct ctx *c, struct p4e_desc *d)
{
	unsigned i, j;

	for (i = 0; i < d->n_tables; i++) {
		for (j = 0; j < i; j++) {
			if (strcmp(d->tables[i].name, d->tables[j].name) == 0) {
				bad(c, "two tables are named '%s'", d->tables[i].name);
				return -EINVAL;
			}
		}
	}
	return 0;
}

struct p4e_desc *p4e_desc_parse(const char *text, size_t len, const char *origin)
{
	struct ctx c = { .origin = origin };
	struct json_tokener *tok;
	enum json_tokener_error jerr;
	json_object *root = NULL;
	struct p4e_desc *d;
	uint32_t version = 0;
	int arch = 0, hook = 0, err = -ENOMEM;

	d = calloc(1, sizeof(*d));
	if (!d)
		goto fail;
	d->origin = strdup(origin);
	d->text = malloc(len + 1);
	if (!d->origin || !d->text)
		goto fail;
	memcpy(d->text, text, len);
	d->text[len] = '\0';
	d->text_len = len;

	tok = json_tokener_new();
	if (!tok)
		goto fail;
	root = json_tokener_parse_ex(tok, d->text, (int)len + 1);
	jerr = json_tokener_get_error(tok);
	if (!root || jerr != json_tokener_success) {
		p4e_warn("%s: not JSON: %s near byte %zu\n", origin,
			 json_tokener_error_desc(jerr), json_tokener_get_parse_end(tok));
		json_tokener_free(tok);
		err = -EINVAL;
		goto fail;
	}
	json_tokener_free(tok);
	err = -EINVAL;
	if (!json_object_is_type(root, json_type_object)) {
		bad(&c, "the description is not a JSON object");
		goto fail;
	}
	if (get_u32(&c, root, "p4ebpf", &version, true))
		goto fail;
	if (version != P4E_ABI_VERSION) {
		bad(&c, "ABI version %u; this nfctl reads version %d", version, P4E_ABI_VERSION);
		goto fail;
	}
	err = get_str(&c, root, "name", &d->name, true);
	if (!err)
		err = get_str(&c, root, "source", &d->source, false);
	if (!err)
		err = get_str(&c, root, "program", &d->program, true);
	if (!err)
		err = get_enum(&c, root, "arch", arch_names, ARRAY_SIZE(arch_names), &arch);
	if (!err)
		err = get_enum(&c, root, "hook", hook_names, ARRAY_SIZE(hook_names), &hook);
	if (!err)
		err = get_strs(&c, root, "errors", &d->errors, &d->n_errors, false);
	if (err)
		goto fail;
	d->arch = (enum p4e_arch)arch;
	d->hook = (enum p4e_hook)hook;
	if (d->arch == P4E_ARCH_XDP && d->hook != P4E_HOOK_XDP) {
		bad(&c, "arch 'xdp' runs on the xdp hook, not '%s'", hook_names[hook]);
		err = -EINVAL;
		goto fail;
	}
	err = PARSE_ARRAY(&c, root, "tables", d->tables, d->n_tables, parse_table, true);
	if (!err)
		err = PARSE_ARRAY(&c, root, "counters", d->counters, d->n_counters, parse_counter,
				  true);
	if (!err)
		err = PARSE_ARRAY(&c, root, "registers", d->registers, d->n_registers,
				  parse_register, false);
	if (!err)
		err = PARSE_ARRAY(&c, root, "value_sets", d->value_sets, d->n_value_sets,
				  parse_value_set, false);
	if (!err)
		err = check_unique(&c, d);
	if (err)
		goto fail;
	json_object_put(root);
	return d;
fail:
	json_object_put(root);
	p4e_desc_free(d);
	errno = -err;
	return NULL;
}

struct p4e_desc *p4e_desc_load(const char *path)
{
	struct p4e_desc *d;
	char *buf = NULL;
	size_t len = 0, cap = 0, n;
	FILE *f = fopen(path, "r");
	int err;

	if (!f) {
		err = errno;
		p4e_warn("%s: %s\n", path, strerror(err));
		errno = err;
		return NULL;
	}
	do {
		if (len + 4096 > cap) {
			char *nb = realloc(buf, cap = cap * 2 + 8192);

			if (!nb) {
				free(buf);
				fclose(f);
				errno = ENOMEM;
				return NULL;
			}
			buf = nb;
		}
		n = fread(buf + len, 1, cap - len, f);
		len += n;
	} while (n > 0);
	err = ferror(f) ? EIO : 0;
	fclose(f);
	if (err) {
		p4e_warn("%s: read error\n", path);
		free(buf);
		errno = err;
		return NULL;
	}
	d = p4e_desc_parse(buf ? buf : "", len, path);
	err = errno;
	free(buf);
	errno = err;
	return d;
}

static void free_field(struct p4e_field *f)
{
	free(f->name);
}

static void free_action(struct p4e_action *a)
{
	unsigned i;

	free(a->name);
	free_strs(a->aliases, a->n_aliases);
	for (i = 0; i < a->n_params; i++)
		free_field(&a->params[i]);
	free(a->params);
}

static void free_table(struct p4e_table *t)
{
	unsigned i;

	free(t->name);
	free_strs(t->aliases, t->n_aliases);
	free(t->entries_map);
	free(t->default_map);
	free(t->masks_map);
	for (i = 0; i < t->n_key; i++)
		free_field(&t->key[i]);
	free(t->key);
	for (i = 0; i < t->n_actions; i++)
		free_action(&t->actions[i]);
	free(t->actions);
	free(t->default_action);
	free_strs(t->default_args, t->n_default_args);
	for (i = 0; i < t->n_entries; i++) {
		free_strs(t->entries[i].key, t->entries[i].n_key);
		free(t->entries[i].action);
		free_strs(t->entries[i].args, t->entries[i].n_args);
	}
	free(t->entries);
}

void p4e_desc_free(struct p4e_desc *d)
{
	unsigned i;

	if (!d)
		return;
	free(d->origin);
	free(d->text);
	free(d->name);
	free(d->source);
	free(d->program);
	free_strs(d->errors, d->n_errors);
	for (i = 0; i < d->n_tables; i++)
		free_table(&d->tables[i]);
	free(d->tables);
	for (i = 0; i < d->n_counters; i++) {
		free(d->counters[i].name);
		free_strs(d->counters[i].aliases, d->counters[i].n_aliases);
		free(d->counters[i].map);
	}
	free(d->counters);
	for (i = 0; i < d->n_registers; i++) {
		free(d->registers[i].name);
		free_strs(d->registers[i].aliases, d->registers[i].n_aliases);
		free(d->registers[i].map);
		free(d->registers[i].cell.name);
	}
	free(d->registers);
	for (i = 0; i < d->n_value_sets; i++) {
		unsigned k;

		free(d->value_sets[i].name);
		free_strs(d->value_sets[i].aliases, d->value_sets[i].n_aliases);
		free(d->value_sets[i].map);
		for (k = 0; k < d->value_sets[i].n_key; k++)
			free_field(&d->value_sets[i].key[k]);
		free(d->value_sets[i].key);
	}
	free(d->value_sets);
	free(d);
}

/* --------------------------------------------------------------- lookups */

/* Does `name` end with "." + `suffix`? */
static bool dotted_suffix(const char *name, const char *suffix)
{
	size_t n = strlen(name), s = strlen(suffix);

	return n > s && name[n - s - 1] == '.' && strcmp(name + n - s, suffix) == 0;
}

/* The index of the element whose name or alias is `name`, else the one
 * whose name ends in ".name"; -ENOENT or -ENOTUNIQ. Elements are `stride`
 * bytes apart and start with name, aliases, n_aliases. */
struct named {
	char *name;
	char **aliases;
	unsigned n_aliases;
};

static int find_named(const void *base, size_t stride, unsigned n, const char *name)
{
	int found = -ENOENT;
	unsigned i, j;

	if (!name || !*name)
		return -ENOENT;
	for (i = 0; i < n; i++) {
		const struct named *e = (const void *)((const char *)base + i * stride);

		if (strcmp(e->name, name) == 0)
			return (int)i;
	}
	for (i = 0; i < n; i++) {
		const struct named *e = (const void *)((const char *)base + i * stride);

		for (j = 0; j < e->n_aliases; j++)
			if (strcmp(e->aliases[j], name) == 0)
				return (int)i;
	}
	for (i = 0; i < n; i++) {
		const struct named *e = (const void *)((const char *)base + i * stride);

		if (dotted_suffix(e->name, name)) {
			if (found >= 0)
				return -ENOTUNIQ;
			found = (int)i;
		}
	}
	return found;
}

/* The structs below start like struct named; these make sure they do. */
_Static_assert(offsetof(struct p4e_table, aliases) == offsetof(struct named, aliases), "table");
_Static_assert(offsetof(struct p4e_table, n_aliases) == offsetof(struct named, n_aliases), "table");
_Static_assert(offsetof(struct p4e_action, n_aliases) == offsetof(struct named, n_aliases), "act");
_Static_assert(offsetof(struct p4e_counter, n_aliases) == offsetof(struct named, n_aliases), "ctr");
_Static_assert(offsetof(struct p4e_register, n_aliases) == offsetof(struct named, n_aliases), "reg");
_Static_assert(offsetof(struct p4e_value_set, aliases) == offsetof(struct named, aliases), "vs");
_Static_assert(offsetof(struct p4e_value_set, n_aliases) == offsetof(struct named, n_aliases), "vs");

#define FIND(base, n, name)                                                                        \
	({                                                                                         \
		int __i = find_named(base, sizeof(*(base)), n, name);                              \
		if (__i < 0)                                                                       \
			errno = -__i;                                                              \
		__i < 0 ? NULL : &(base)[__i];                                                     \
	})

const struct p4e_table *p4e_desc_table(const struct p4e_desc *d, const char *name)
{
	return FIND(d->tables, d->n_tables, name);
}

const struct p4e_counter *p4e_desc_counter(const struct p4e_desc *d, const char *name)
{
	return FIND(d->counters, d->n_counters, name);
}

const struct p4e_register *p4e_desc_register(const struct p4e_desc *d, const char *name)
{
	return FIND(d->registers, d->n_registers, name);
}

const struct p4e_value_set *p4e_desc_value_set(const struct p4e_desc *d, const char *name)
{
	return FIND(d->value_sets, d->n_value_sets, name);
}

const struct p4e_action *p4e_table_action(const struct p4e_table *t, const char *name)
{
	return FIND(t->actions, t->n_actions, name);
}

const struct p4e_action *p4e_table_action_by_id(const struct p4e_table *t, uint32_t id)
{
	unsigned i;

	for (i = 0; i < t->n_actions; i++)
		if (t->actions[i].id == id)
			return &t->actions[i];
	errno = ENOENT;
	return NULL;
}

/* key.fieldN or fieldN: N, else -1. */
static int positional(const char *name)
{
	char *end;
	long n;

	if (strncmp(name, "key.", 4) == 0)
		name += 4;
	if (strncmp(name, "field", 5) != 0 || name[5] < '0' || name[5] > '9')
		return -1;
	n = strtol(name + 5, &end, 10);
	return *end || n > 100000 ? -1 : (int)n;
}

int p4e_table_key_field(const struct p4e_table *t, const char *name)
{
	int found = -ENOENT, n;
	unsigned i;

	for (i = 0; i < t->n_key; i++)
		if (strcmp(t->key[i].name, name) == 0)
			return (int)i;
	n = positional(name);
	if (n >= 0)
		return (unsigned)n < t->n_key ? n : p4e_err(ENOENT);
	for (i = 0; i < t->n_key; i++) {
		if (dotted_suffix(t->key[i].name, name)) {
			if (found >= 0)
				return p4e_err(ENOTUNIQ);
			found = (int)i;
		}
	}
	return found < 0 ? p4e_err(-found) : found;
}

int p4e_action_param(const struct p4e_action *a, const char *name)
{
	unsigned i;

	for (i = 0; i < a->n_params; i++)
		if (strcmp(a->params[i].name, name) == 0)
			return (int)i;
	return p4e_err(ENOENT);
}
