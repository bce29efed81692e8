/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* emit_json.c: the control-plane description NAME.json, exactly as
 * runtime/ABI.md section 1 has it. Layouts come from the same functions
 * that wrote the C structs (emit_table.c), so the two cannot disagree. */
#include <json-c/json.h>
#include <string.h>

#include "be.h"

static json_object *str(const char *s)
{
	return json_object_new_string(s ? s : "");
}

static void add(json_object *o, const char *k, json_object *v)
{
	json_object_object_add(o, k, v);
}

/* P4 name -> p4c's name: `.` becomes `_`; NoAction is `_NoAction`. */
static json_object *aliases(Be *be, const char *p4_name, bool is_no_action)
{
	json_object *a = json_object_new_array();
	if (is_no_action) {
		json_object_array_add(a, str("_NoAction"));
		return a;
	}
	char *c = arena_strdup(be->arena, p4_name);
	for (char *s = c; *s; s++)
		if (*s == '.')
			*s = '_';
	if (strcmp(c, p4_name) != 0)
		json_object_array_add(a, str(c));
	return a;
}

static bool is_no_action(const IrAction *a)
{
	return a->is_top_level && strcmp(a->p4_name, "NoAction") == 0;
}

/* A value in the syntax of ABI.md section 5. */
static const char *value_text(Be *be, const Value *v, int width)
{
	if (!v)
		return "0";
	switch (v->kind) {
	case VAL_BOOL:
		return v->boolean ? "1" : "0";
	case VAL_MEMBER: {
		if (v->repr)
			return value_text(be, v->repr, width);
		const char *c = be_value(be, v, width); /* "N / * comment * /" */
		return be_fmt(be, "%d", (int)strtol(c, NULL, 10));
	}
	case VAL_INT:
		if (width > 64 || !value_fits_u64(v) || mpz_sgn(v->num) < 0) {
			/* Hex of the two's complement in `width` bits. */
			StrBuf s = {0};
			const char *bytes = be_value_bytes(be, v, width > 0 ? width : 64);
			strbuf_puts(&s, "0x");
			for (const char *p = bytes; *p; p++)
				if (p[0] == '0' && p[1] == 'x') {
					strbuf_add(&s, p + 2, 2);
					p += 3;
				}
			const char *r = arena_strndup(be->arena, s.data, s.len);
			strbuf_free(&s);
			return r;
		}
		uint64_t n = value_get_u64(v);
		return n < 10 ? be_fmt(be, "%llu", (unsigned long long)n) : be_fmt(be, "0x%llx", (unsigned long long)n);
	default:
		return "0";
	}
}

static json_object *params_json(const IrAction *a)
{
	json_object *ps = json_object_new_array();
	for (int i = 0; i < a->params.len; i++) {
		const IrVar *v = a->params.items[i];
		if (v->kind != IV_ACTION_DATA)
			continue;
		int w = be_type_width(v->type);
		json_object *p = json_object_new_object();
		add(p, "name", str(v->p4_name ? v->p4_name : v->name));
		add(p, "width", json_object_new_int(w));
		add(p, "offset", json_object_new_int(v->data_offset));
		add(p, "size", json_object_new_int(v->data_size));
		add(p, "byte_order", str(w > 64 ? "big" : "host"));
		json_object_array_add(ps, p);
	}
	return ps;
}

static json_object *action_json(Be *be, const IrAction *a)
{
	json_object *o = json_object_new_object();
	add(o, "name", str(a->p4_name));
	add(o, "aliases", aliases(be, a->p4_name, is_no_action(a)));
	add(o, "id", json_object_new_int(a->id));
	add(o, "params", params_json(a));
	return o;
}

static const char *match_name(IrMatchKind m)
{
	switch (m) {
	case IMK_EXACT:
		return "exact";
	case IMK_LPM:
		return "lpm";
	case IMK_TERNARY:
		return "ternary";
	case IMK_OPTIONAL:
		return "optional";
	case IMK_RANGE:
		return "range";
	default:
		return "exact";
	}
}

static json_object *keyset_json(Be *be, const IrKeyset *k, int width)
{
	switch (k->kind) {
	case IKS_VALUE:
		return str(value_text(be, k->value, width));
	case IKS_MASK:
		return str(be_fmt(be, "%s&&&%s", value_text(be, k->value, width), value_text(be, k->mask, width)));
	case IKS_RANGE:
		return str(be_fmt(be, "%s..%s", value_text(be, k->value, width), value_text(be, k->mask, width)));
	case IKS_DONTCARE:
		return str("*");
	default:
		be_error(be, (Loc){0}, "table entries with value sets are not supported");
		return str("*");
	}
}

static json_object *args_json(Be *be, const IrAction *a, const Value *const *vals, int n)
{
	json_object *args = json_object_new_array();
	int d = 0;
	for (int i = 0; i < a->params.len; i++) {
		const IrVar *v = a->params.items[i];
		if (v->kind != IV_ACTION_DATA)
			continue;
		json_object_array_add(args, str(d < n ? value_text(be, vals[d], be_type_width(v->type)) : "0"));
		d++;
	}
	return args;
}

static json_object *table_json(Be *be, const IrTable *t)
{
	json_object *o = json_object_new_object();
	IrTableKind kind = be_table_kind(t);
	BeKeyLayout kl;
	be_key_layout(t, &kl);
	add(o, "name", str(t->p4_name));
	add(o, "aliases", aliases(be, t->p4_name, false));
	add(o, "kind", str(be_table_kind_name(t)));
	add(o, "size", json_object_new_int64((int64_t)be_table_size(t)));
	if (kind == ITK_TERNARY)
		add(o, "max_masks", json_object_new_int(be_table_max_masks(t)));
	json_object *maps = json_object_new_object();
	if (kind != ITK_KEYLESS)
		add(maps, "entries", str(t->name));
	add(maps, "default", str(be_fmt(be, "%s_defaultAction", t->name)));
	if (kind == ITK_TERNARY)
		add(maps, "masks", str(be_fmt(be, "%s_masks", t->name)));
	add(o, "maps", maps);
	add(o, "key_size", json_object_new_int(kl.key_size));
	add(o, "value_size", json_object_new_int(be_value_size(t)));

	json_object *key = json_object_new_array();
	for (int i = 0; i < kl.n; i++) {
		const IrKey *k = t->keys.items[i];
		json_object *f = json_object_new_object();
		add(f, "name", str(k->p4_name));
		add(f, "match", str(match_name(k->match)));
		add(f, "width", json_object_new_int(k->width));
		add(f, "offset", json_object_new_int(kl.offset[i]));
		add(f, "size", json_object_new_int(kl.size[i]));
		add(f, "byte_order", str(kl.big[i] ? "big" : "host"));
		json_object_array_add(key, f);
	}
	add(o, "key", key);

	json_object *acts = json_object_new_array();
	bool default_listed = false;
	for (int i = 0; i < t->actions.len; i++) {
		json_object_array_add(acts, action_json(be, t->actions.items[i]->action));
		default_listed |= t->actions.items[i]->action == t->default_action;
	}
	if (t->default_action && !default_listed)
		json_object_array_add(acts, action_json(be, t->default_action));
	add(o, "actions", acts);

	if (t->default_action) {
		json_object *d = json_object_new_object();
		add(d, "action", str(t->default_action->p4_name));
		add(d, "args", args_json(be, t->default_action, t->default_args.items, t->default_args.len));
		add(d, "const", json_object_new_boolean(t->default_is_const));
		add(o, "default_action", d);
	}

	json_object *ents = json_object_new_array();
	for (int i = 0; i < t->entries.len; i++) {
		const IrEntry *en = t->entries.items[i];
		json_object *j = json_object_new_object();
		if (kind == ITK_TERNARY) {
			/* Without explicit priorities, earlier entries win (P4-16 spec):
			 * the ABI's larger-wins needs them numbered downwards. */
			long prio = en->priority >= 0 ? en->priority : (long)(t->entries.len - i);
			add(j, "priority", json_object_new_int64(prio));
		}
		json_object *keys = json_object_new_array();
		for (int k = 0; k < en->keys.len && k < kl.n; k++)
			json_object_array_add(keys, keyset_json(be, en->keys.items[k], t->keys.items[k]->width));
		add(j, "key", keys);
		add(j, "action", str(en->action->p4_name));
		add(j, "args", args_json(be, en->action, en->args.items, en->args.len));
		json_object_array_add(ents, j);
	}
	add(o, "entries", ents);
	add(o, "entries_const", json_object_new_boolean(t->entries_are_const));
	return o;
}

static json_object *counters_json(Be *be)
{
	json_object *cs = json_object_new_array();
	for (int i = 0; i < be->p->externs.len; i++) {
		const IrExtern *x = be->p->externs.items[i];
		if (!x->extern_type || strcmp(x->extern_type, "CounterArray") != 0)
			continue;
		const Value *size = x->ctor_args.len > 0 ? x->ctor_args.items[0] : NULL;
		const Value *sparse = x->ctor_args.len > 1 ? x->ctor_args.items[1] : NULL;
		uint64_t n = size && size->kind == VAL_INT ? value_get_u64(size) : 1;
		json_object *c = json_object_new_object();
		add(c, "name", str(x->p4_name));
		add(c, "aliases", aliases(be, x->p4_name, false));
		add(c, "map", str(x->name));
		add(c, "type", str(sparse && sparse->kind == VAL_BOOL && sparse->boolean ? "hash" : "array"));
		add(c, "percpu", json_object_new_boolean(true));
		add(c, "size", json_object_new_int64((int64_t)(n ? n : 1)));
		add(c, "value_width", json_object_new_int(64));
		add(c, "value_size", json_object_new_int(8));
		json_object_array_add(cs, c);
	}
	return cs;
}

/* runtime/ABI.md 1.5: one array map of slots per value set. */
static json_object *value_sets_json(Be *be)
{
	json_object *vss = json_object_new_array();
	for (int i = 0; i < be->p->value_sets.len; i++) {
		const IrValueSet *vs = be->p->value_sets.items[i];
		BeVsLayout l;
		if (!be_value_set_layout(vs, &l))
			continue; /* reported by emit_parser.c */
		json_object *o = json_object_new_object();
		add(o, "name", str(vs->p4_name));
		add(o, "aliases", aliases(be, vs->p4_name, false));
		add(o, "map", str(vs->name));
		add(o, "size", json_object_new_int(vs->size));
		add(o, "key_size", json_object_new_int(l.key_size));
		add(o, "value_offset", json_object_new_int(l.value_offset));
		add(o, "mask_offset", json_object_new_int(l.mask_offset));
		add(o, "slot_size", json_object_new_int(l.slot_size));
		json_object *key = json_object_new_array();
		for (int k = 0; k < l.n; k++) {
			json_object *f = json_object_new_object();
			add(f, "name", str(l.name[k]));
			add(f, "match", str("ternary"));
			add(f, "width", json_object_new_int(l.width[k]));
			add(f, "offset", json_object_new_int(l.offset[k]));
			add(f, "size", json_object_new_int(l.size[k]));
			add(f, "byte_order", str("host"));
			json_object_array_add(key, f);
		}
		add(o, "key", key);
		json_object_array_add(vss, o);
	}
	return vss;
}

int be_emit_json(Be *be, StrBuf *out)
{
	json_object *root = json_object_new_object();
	add(root, "p4ebpf", json_object_new_int(1));
	add(root, "name", str(be->opts->name));
	add(root, "source", str(be->opts->source));
	add(root, "arch", str(be->arch_name));
	add(root, "hook", str(be->hook == BE_HOOK_XDP ? "xdp" : "tc"));
	add(root, "program", str(be->prog_name));
	json_object *errs = json_object_new_array();
	for (int i = 0; i < be->p->errors.len; i++)
		json_object_array_add(errs, str(be->p->errors.items[i]));
	add(root, "errors", errs);
	json_object *tables = json_object_new_array();
	for (int i = 0; i < be->p->tables.len; i++)
		json_object_array_add(tables, table_json(be, be->p->tables.items[i]));
	add(root, "tables", tables);
	add(root, "counters", counters_json(be));
	if (be->p->value_sets.len)
		add(root, "value_sets", value_sets_json(be));
	const char *text = json_object_to_json_string_ext(
		root, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED | JSON_C_TO_STRING_NOSLASHESCAPE);
	strbuf_puts(out, text);
	strbuf_puts(out, "\n");
	json_object_put(root);
	return 0;
}
