/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* emit_table.c: tables, their maps and their application (runtime/ABI.md,
 * sections 1.2, 2 and 3).
 *
 * Each table gets a key struct, a value struct (action id, priority, a union
 * of one struct per action's data), its maps through the P4E_*_TABLE macros
 * and, where it is applied, a block that fills a zeroed key, looks it up
 * and runs the action inline. A table whose default action is const runs it
 * inline on a miss, without looking up the default map. */
#include <string.h>

#include "be.h"

IrTableKind be_table_kind(const IrTable *t)
{
	return t->kind;
}

const char *be_table_kind_name(const IrTable *t)
{
	return ir_table_kind_name(t->kind);
}

/* The mask list's length. The verifier walks the lookup loop once per slot,
 * and its work grows faster than the slots (range_key.p4, two tables: 16
 * slots 9.1k instructions, 32 23.6k, 64 76.9k), so tables with range fields,
 * whose prefixes use more masks, get no more than the others. */
int be_table_max_masks(const IrTable *t)
{
	(void)t;
	return 32;
}

uint64_t be_table_size(const IrTable *t)
{
	if (t->kind == ITK_ARRAY && t->impl_size)
		return t->impl_size;
	if (t->size)
		return t->size;
	if (t->impl_size)
		return t->impl_size;
	return 1024;
}

/* The key's layout as ir/layout.c fixed it (runtime/ABI.md 2.1, 3). */
void be_key_layout(const IrTable *t, BeKeyLayout *kl)
{
	memset(kl, 0, sizeof(*kl));
	kl->n = t->keys.len < BE_MAX_KEYS ? t->keys.len : BE_MAX_KEYS;
	kl->key_size = t->key_size;
	for (int i = 0; i < kl->n; i++) {
		const IrKey *k = t->keys.items[i];
		kl->offset[i] = k->offset;
		kl->size[i] = k->size;
		kl->big[i] = k->big_endian;
	}
}

/* Offsets in the value of a's data parameters (ir/layout.c); returns how
 * many there are. */
int be_action_data_layout(const IrAction *a, int *offsets, int max, int *align_out)
{
	int n = 0;
	for (int i = 0; i < a->params.len; i++) {
		const IrVar *v = a->params.items[i];
		if (v->kind != IV_ACTION_DATA)
			continue;
		if (n < max)
			offsets[n] = v->data_offset;
		n++;
	}
	if (align_out)
		*align_out = a->data_align;
	return n;
}

int be_value_size(const IrTable *t)
{
	return t->value_size;
}

/* The control a table belongs to: its value's union covers the control's
 * actions too (ir/layout.c), so every table of a control has one size. */
static const IrControl *owner_of(Be *be, const IrTable *t)
{
	for (int i = 0; i < be->p->controls.len; i++) {
		const IrControl *c = be->p->controls.items[i];
		for (int j = 0; j < c->tables.len; j++)
			if (c->tables.items[j] == t)
				return c;
	}
	return NULL;
}

static bool has_data(const IrAction *a)
{
	for (int i = 0; i < a->params.len; i++)
		if (a->params.items[i]->kind == IV_ACTION_DATA)
			return true;
	return false;
}

void be_emit_action_ids(Be *be)
{
	Emit e = {.out = &be->types};
	if (!be->p->actions.len)
		return;
	be_comment(&e, "Action ids (runtime/ABI.md 1.2): 0 is \"no entry\".");
	for (int i = 0; i < be->p->actions.len; i++) {
		const IrAction *a = be->p->actions.items[i];
		be_line(&e, "#define ACT_%s %d", a->name, a->id);
	}
	be_blank(&e);
}

static const char *be_type_for_key(Be *be, int width, int size, bool big)
{
	(void)be;
	if (width > 64)
		return NULL;
	if (!big)
		return be_uint_type(width);
	switch (size) {
	case 1:
		return "__u8";
	case 2:
		return "__be16";
	case 4:
		return "__be32";
	default:
		return "__be64";
	}
}

/* Whether t's actions list names `a` (the default action may be one that
 * only the default can run). */
/* The actions whose data the value's union holds: the owner control's, then
 * the table's others (NoAction and other top-level actions), in order. */
static int value_actions(Be *be, const IrTable *t, const IrAction **out, int max)
{
	int n = 0;
	const IrControl *c = owner_of(be, t);
	for (int i = 0; c && i < c->actions.len; i++)
		if (n < max)
			out[n++] = c->actions.items[i];
	for (int i = 0; i <= t->actions.len; i++) {
		const IrAction *a = i < t->actions.len ? t->actions.items[i]->action : t->default_action;
		bool dup = !a;
		for (int j = 0; j < n && !dup; j++)
			dup = out[j] == a;
		if (!dup && n < max)
			out[n++] = a;
	}
	return n;
}

static void emit_value_struct(Be *be, Emit *e, const IrTable *t)
{
	const IrAction *acts[256];
	int n = value_actions(be, t, acts, 256);
	be_open(e, "struct %s_value", t->name);
	be_line(e, "__u32 action;   /* ACT_*, 0: no entry */");
	be_line(e, "__u32 priority; /* ternary entries */");
	bool any = false;
	for (int i = 0; i < n; i++)
		any |= has_data(acts[i]);
	if (any) {
		be_open(e, "union");
		for (int i = 0; i < n; i++) {
			const IrAction *a = acts[i];
			if (!has_data(a))
				continue;
			be_open(e, "struct");
			for (int j = 0; j < a->params.len; j++) {
				const IrVar *v = a->params.items[j];
				if (v->kind == IV_ACTION_DATA)
					be_line(e, "%s; /* %s */", be_decl(be, v->type, v->name),
						be_p4type(be, v->type));
			}
			be_close(e, be_fmt(be, " %s;", a->name));
		}
		be_close(e, " u;");
	}
	be_close(e, ";");
}

/* The layouts the description gives, checked by clang against the structs:
 * a mismatch is a compiler bug caught at compile time, not a control plane
 * writing the wrong bytes. */
static void emit_layout_asserts(Be *be, Emit *e, const IrTable *t)
{
	if (t->kind == ITK_EXACT || t->kind == ITK_LPM || t->kind == ITK_TERNARY) {
		be_line(e, "P4E_SIZE(struct %s_key, %d);", t->name, t->key_size);
		for (int i = 0; i < t->keys.len; i++)
			be_line(e, "P4E_AT(struct %s_key, field%d, %d);", t->name, i, t->keys.items[i]->offset);
	}
	be_line(e, "P4E_SIZE(struct %s_value, %d);", t->name, t->value_size);
	const IrAction *acts[256];
	int n = value_actions(be, t, acts, 256);
	for (int i = 0; i < n; i++)
		for (int j = 0; j < acts[i]->params.len; j++) {
			const IrVar *v = acts[i]->params.items[j];
			if (v->kind == IV_ACTION_DATA)
				be_line(e, "P4E_AT(struct %s_value, u.%s.%s, %d);", t->name, acts[i]->name, v->name,
					v->data_offset);
		}
}

static void emit_table(Be *be, const IrTable *t)
{
	Emit e = {.out = &be->maps};
	IrTableKind kind = be_table_kind(t);
	BeKeyLayout kl;
	be_key_layout(t, &kl);
	be_comment(&e, "table %s (%s): %s, %llu entries", t->p4_name, be_where(be, t->loc),
		   be_table_kind_name(t), (unsigned long long)be_table_size(t));
	if (kind == ITK_EXACT || kind == ITK_LPM || kind == ITK_TERNARY) {
		be_open(&e, "struct %s_key", t->name);
		if (kind == ITK_LPM)
			be_line(&e, "__u32 prefixlen;");
		if (kind == ITK_TERNARY)
			be_line(&e, "__u32 mask_id;");
		/* Members in offset order: an lpm key puts its lpm field last. */
		for (int pass = 0; pass < 2; pass++) {
			for (int i = 0; i < kl.n; i++) {
				const IrKey *k = t->keys.items[i];
				bool last = kind == ITK_LPM && k->match == IMK_LPM;
				if (last != (pass == 1))
					continue;
				const char *ct = be_type_for_key(be, k->width, kl.size[i], kl.big[i]);
				const char *decl = ct ? be_fmt(be, "%s field%d", ct, i)
						      : be_fmt(be, "__u8 field%d[%d]", i, kl.size[i]);
				be_line(&e, "%s; /* %s: %s, bit<%d> */", decl, k->p4_name,
					k->match_name ? k->match_name : ir_match_kind_name(k->match), k->width);
			}
		}
		be_close(&e, ";");
	}
	emit_value_struct(be, &e, t);
	uint64_t size = be_table_size(t);
	switch (kind) {
	case ITK_EXACT:
		be_line(&e, "P4E_EXACT_TABLE(%s, struct %s_key, struct %s_value, %llu);", t->name, t->name,
			t->name, (unsigned long long)size);
		break;
	case ITK_ARRAY:
		be_line(&e, "P4E_ARRAY_TABLE(%s, struct %s_value, %llu);", t->name, t->name,
			(unsigned long long)size);
		break;
	case ITK_LPM:
		be_line(&e, "P4E_LPM_TABLE(%s, struct %s_key, struct %s_value, %llu);", t->name, t->name,
			t->name, (unsigned long long)size);
		break;
	case ITK_TERNARY:
		be_line(&e, "P4E_TERNARY_TABLE(%s, struct %s_key, struct %s_value, %llu, %d);", t->name,
			t->name, t->name, (unsigned long long)size, be_table_max_masks(t));
		break;
	case ITK_KEYLESS:
		break;
	}
	be_line(&e, "P4E_DEFAULT_ACTION(%s, struct %s_value);", t->name, t->name);
	emit_layout_asserts(be, &e, t);
	be_blank(&e);
}

void be_emit_tables(Be *be)
{
	for (int i = 0; i < be->p->tables.len; i++) {
		const IrTable *t = be->p->tables.items[i];
		for (int j = 0; j < t->keys.len; j++)
			if (t->keys.items[j]->match == IMK_OTHER)
				be_error(be, t->keys.items[j]->loc,
					 "table '%s': match kind '%s' is not supported by the eBPF backend",
					 t->p4_name, t->keys.items[j]->match_name);
		emit_table(be, t);
	}
}

/* ---- apply ---- */

static const IrCase *case_for(const IrStmt *s, const IrAction *a, const IrCase **dflt)
{
	*dflt = NULL;
	for (int i = 0; i < s->cases.len; i++) {
		const IrCase *c = s->cases.items[i];
		if (c->is_default)
			*dflt = c;
		for (int j = 0; j < c->actions.len; j++)
			if (c->actions.items[j] == a)
				return c;
	}
	return NULL;
}

/* Runs action a from the table's value (or with the const default's
 * arguments), then the body of the apply's switch case that names it. */
static void run_action(Be *be, const IrStmt *s, const IrAction *a, const IrActionRef *ref,
		       const char *data, bool const_default)
{
	const IrTable *t = s->table;
	const IrExpr *args[64] = {0};
	int n = a->params.len < 64 ? a->params.len : 64;
	if (ref)
		for (int i = 0; i < n && i < ref->args.len; i++)
			args[i] = ref->args.items[i];
	if (const_default) {
		/* The default's data arguments are constants. */
		int d = 0;
		for (int i = 0; i < n; i++) {
			const IrVar *v = a->params.items[i];
			if (v->kind != IV_ACTION_DATA)
				continue;
			if (d < t->default_args.len)
				args[i] = ir_const(be->p, v->type, t->default_args.items[d], v->loc);
			d++;
		}
	}
	be_inline_action(be, a, args, n, data, false);
	const IrCase *dflt, *c = case_for(s, a, &dflt);
	if (!c)
		c = dflt;
	if (c && c->body)
		be_stmt(be, c->body);
}

static const IrActionRef *ref_of(const IrTable *t, const IrAction *a)
{
	for (int i = 0; i < t->actions.len; i++)
		if (t->actions.items[i]->action == a)
			return t->actions.items[i];
	return NULL;
}

static const char *to_big(Be *be, const char *v, int size)
{
	switch (size) {
	case 1:
		return v;
	case 2:
		return be_fmt(be, "bpf_htons(%s)", v);
	case 4:
		return be_fmt(be, "bpf_htonl(%s)", v);
	default:
		return be_fmt(be, "bpf_cpu_to_be64(%s)", v);
	}
}

void be_apply_table(Be *be, const IrStmt *s)
{
	const IrTable *t = s->table;
	Emit *e = &be->e;
	IrTableKind kind = be_table_kind(t);
	int n = ++be->tmp;
	const char *k = be_fmt(be, "p4e_k%d", n), *v = be_fmt(be, "p4e_v%d", n);
	const char *hit = be_fmt(be, "p4e_hit%d", n);
	BeKeyLayout kl;
	be_key_layout(t, &kl);
	bool const_default = t->default_is_const && t->default_action;

	be_block(e);
	be_comment(e, "%s.apply() (%s)", t->p4_name, be_where(be, s->loc));
	if (kind == ITK_ARRAY)
		be_line(e, "__u32 %s = %s;", k, be_expr(be, t->keys.items[0]->expr));
	else if (kind != ITK_KEYLESS)
		be_line(e, "struct %s_key %s;", t->name, k);
	if (kind == ITK_TERNARY)
		be_line(e, "struct %s_key %s_s;", t->name, k);
	be_line(e, "struct %s_value *%s;", t->name, v);
	be_line(e, "int %s = 0;", hit);
	be_blank(e);
	if (kind != ITK_ARRAY && kind != ITK_KEYLESS) {
		be_line(e, "__builtin_memset(&%s, 0, sizeof(%s));", k, k);
		for (int i = 0; i < kl.n; i++) {
			const IrKey *key = t->keys.items[i];
			const char *f = be_fmt(be, "%s.field%d", k, i);
			if (key->width > 64) {
				be_line(e, "__builtin_memcpy(%s, %s, %d);", f, be_lvalue(be, key->expr), kl.size[i]);
				continue;
			}
			const char *x = be_expr(be, key->expr);
			be_line(e, "%s = %s;", f, kl.big[i] ? to_big(be, x, kl.size[i]) : x);
		}
	}
	/* The lookup. */
	const char *lookup = NULL;
	switch (kind) {
	case ITK_EXACT:
	case ITK_ARRAY:
	case ITK_LPM:
		if (const_default) {
			if (kind == ITK_LPM)
				be_line(e, "%s.prefixlen = P4E_LPM_FULL(struct %s_key);", k, t->name);
			lookup = be_fmt(be, "bpf_map_lookup_elem(&%s, &%s)", t->name, k);
		} else {
			lookup = be_fmt(be, "p4e_%s_lookup(%s, &%s, &%s)", kind == ITK_LPM ? "lpm" : "exact",
					t->name, k, hit);
		}
		break;
	case ITK_TERNARY:
		lookup = const_default
				 ? be_fmt(be, "p4e_ternary_match(&%s, &%s_masks, &%s, &%s_s, sizeof(%s), P4E_MAX_ENTRIES(%s_masks))",
					  t->name, t->name, k, k, k, t->name)
				 : be_fmt(be, "p4e_ternary_lookup(%s, &%s, &%s_s, &%s)", t->name, k, k, hit);
		break;
	case ITK_KEYLESS:
		lookup = const_default ? NULL : be_fmt(be, "p4e_default_action(&%s_defaultAction)", t->name);
		break;
	}
	if (lookup)
		be_line(e, "%s = %s;", v, lookup);
	else
		be_line(e, "%s = 0;", v);

	const char *cond = const_default ? be_fmt(be, "%s && %s->action", v, v) : v;
	if (const_default && kind != ITK_KEYLESS)
		be_open(e, "if (%s)", cond);
	else if (!const_default)
		be_open(e, "if (%s)", v);
	if (kind != ITK_KEYLESS || !const_default) {
		if (const_default)
			be_line(e, "%s = 1;", hit);
		be_line(e, "switch (%s->action) {", v);
		for (int i = 0; i < t->actions.len; i++) {
			const IrActionRef *r = t->actions.items[i];
			be_case(e, "case ACT_%s", r->action->name);
			run_action(be, s, r->action, r, be_fmt(be, "%s->u.%s", v, r->action->name), false);
			be_line(e, "break;");
			be_close(e, NULL);
		}
		if (!const_default && t->default_action && !ref_of(t, t->default_action)) {
			be_case(e, "case ACT_%s", t->default_action->name);
			run_action(be, s, t->default_action, NULL,
				   be_fmt(be, "%s->u.%s", v, t->default_action->name), false);
			be_line(e, "break;");
			be_close(e, NULL);
		}
		be_line(e, "default: /* 0: no entry */");
		be_line(e, "\tbreak;");
		be_line(e, "}");
	}
	if (const_default) {
		if (kind != ITK_KEYLESS)
			be_close(e, " else {");
		if (kind != ITK_KEYLESS)
			e->indent++;
		be_comment(e, "miss: the const default action");
		run_action(be, s, t->default_action, ref_of(t, t->default_action), NULL, true);
		if (kind != ITK_KEYLESS)
			be_close(e, NULL);
	} else {
		be_close(e, NULL);
	}
	if (s->hit_var)
		be_line(e, "%s = %s;", be_lvalue(be, ir_var_ref(be->p, s->hit_var, s->loc)), hit);
	else
		be_line(e, "(void)%s;", hit);
	be_close(e, NULL);
}
