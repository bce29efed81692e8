/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* be_analyze.c: what the emitters decide from, computed once before any
 * code is written.
 *
 *   header uses   every header instance the parser extracts, named by its
 *                 path below the headers parameter (".ipv4", ".vlan[]"),
 *                 with its offset in the packet when every parser path puts
 *                 it at the same place;
 *   parse paths   the sequences of headers along the parser's paths to
 *                 accept (bounded: loops and many paths give up);
 *   writes        the fields of those headers the control, its actions or
 *                 the deparser may write after parsing, and whether any
 *                 header's validity may change.
 *
 * From these the deparser chooses: when no validity changes and every
 * parse path emits its headers back in the order they were parsed, the
 * packet keeps its shape and only the written fields are stored where they
 * were read; otherwise the headers are serialised afresh. */
#include <string.h>

#include "be.h"

/* ---- lvalue paths ---- */

const char *be_lvalue_path(Be *be, const IrExpr *e, const IrVar **root)
{
	switch (e->kind) {
	case IE_VAR:
		*root = e->var;
		return "";
	case IE_FIELD: {
		const char *b = be_lvalue_path(be, e->a, root);
		return b ? be_fmt(be, "%s.%s", b, e->field->name) : NULL;
	}
	case IE_INDEX: {
		const char *b = be_lvalue_path(be, e->a, root);
		if (!b || e->b->kind != IE_CONST)
			return NULL;
		return be_fmt(be, "%s[%d]", b, (int)value_get_u64(e->b->value));
	}
	case IE_STACK_NEXT:
	case IE_STACK_LAST: {
		const char *b = be_lvalue_path(be, e->a, root);
		return b ? be_fmt(be, "%s[]", b) : NULL;
	}
	case IE_SLICE:
		return be_lvalue_path(be, e->a, root);
	default:
		*root = NULL;
		return NULL;
	}
}

BeHdrUse *be_hdr_find(Be *be, const char *path)
{
	for (int i = 0; i < be->hdrs.len; i++)
		if (strcmp(be->hdrs.items[i]->path, path) == 0)
			return be->hdrs.items[i];
	return NULL;
}

/* The wire size of a header in bytes; -1 when it has varbit fields. */
int be_header_bytes(const IrType *t)
{
	int bits = 0;
	for (int i = 0; i < t->fields.len; i++) {
		const IrType *ft = t->fields.items[i]->type;
		if (ft->kind == IT_VARBIT)
			return -1;
		int w = be_type_width(ft);
		if (w < 0)
			return -1;
		bits += w;
	}
	return (bits + 7) / 8;
}

/* A header's varbit field, or NULL when it has none or the field does not
 * start on a byte; *before and *after get the fixed bytes on either side. */
const IrField *be_header_varbit(const IrType *t, int *before, int *after)
{
	const IrField *vf = NULL;
	int bits = 0;
	for (int i = 0; i < t->fields.len; i++) {
		const IrField *f = t->fields.items[i];
		if (f->type->kind == IT_VARBIT) {
			if (bits % 8)
				return NULL;
			*before = bits / 8;
			bits = 0;
			vf = f;
			continue;
		}
		int w = be_type_width(f->type);
		bits += w < 0 ? 0 : w;
	}
	*after = (bits + 7) / 8;
	return vf;
}

/* A field's bit offset on the wire from the header's first bit; for a
 * field after a varbit field, from the varbit field's end (where that is
 * depends on the varbit's length). */
int be_field_bit_offset(const IrType *t, int index)
{
	int bits = 0;
	for (int i = 0; i < index && i < t->fields.len; i++) {
		const IrType *ft = t->fields.items[i]->type;
		bits = ft->kind == IT_VARBIT ? 0 : bits + be_type_width(ft);
	}
	return bits;
}

static BeHdrUse *hdr_add(Be *be, const char *path, IrType *type, bool is_stack)
{
	BeHdrUse *h = be_hdr_find(be, path);
	if (h)
		return h;
	h = arena_alloc(be->arena, sizeof(*h));
	h->path = path;
	h->type = type;
	h->is_stack = is_stack;
	h->offset = -2; /* not seen yet */
	h->index = be->hdrs.len;
	IR_PUSH(be->arena, be->hdrs, h);
	return h;
}

/* ---- the parser's paths ---- */

#define MAX_VISITS 256
#define MAX_PATHS 64
#define MAX_PATH_LEN 32

typedef struct Walk {
	Be *be;
	const IrVar *hdr_param;
	int visits;
	bool gave_up;      /* loops or too many paths: offsets and paths unknown */
	const char *path[MAX_PATH_LEN];
	int path_len;
} Walk;

static IrFind moves_cursor(const IrStmt *s, const void *ctx)
{
	(void)ctx;
	return s->kind == IS_EXTRACT || s->kind == IS_ADVANCE ? IR_FIND_YES : IR_FIND_NO;
}

bool be_moves_cursor(const IrStmt *s)
{
	return ir_stmt_any(s, moves_cursor, NULL);
}

/* The extracts of a state's body, in order (nested blocks included); sets
 * *variable when something moves the cursor by an amount not known here,
 * and *hidden when extracts happen under conditions (not followed). */
static void state_extracts(const IrStmt *s, const IrStmt **out, int *n, int max, bool *variable, bool *hidden)
{
	if (!s)
		return;
	switch (s->kind) {
	case IS_BLOCK:
		for (int i = 0; i < s->body.len; i++)
			state_extracts(s->body.items[i], out, n, max, variable, hidden);
		return;
	case IS_EXTRACT:
		if (s->expr) /* a varbit size */
			*variable = true;
		if (*n < max)
			out[(*n)++] = s;
		else
			*variable = true;
		return;
	case IS_ADVANCE:
		if (!s->expr || s->expr->kind != IE_CONST)
			*variable = true;
		if (*n < max)
			out[(*n)++] = s;
		return;
	case IS_IF:
	case IS_SWITCH:
	case IS_FOR:
	case IS_FOR_IN:
		*variable = true;
		*hidden |= be_moves_cursor(s);
		return;
	default:
		return;
	}
}

static void record_path(Walk *w)
{
	Be *be = w->be;
	if (be->n_paths >= MAX_PATHS) {
		w->gave_up = true;
		return;
	}
	BePath *p = arena_alloc(be->arena, sizeof(*p));
	p->len = w->path_len;
	p->hdrs = arena_alloc(be->arena, sizeof(char *) * (size_t)(w->path_len + 1));
	memcpy(p->hdrs, w->path, sizeof(char *) * (size_t)w->path_len);
	be->paths[be->n_paths++] = p;
}

static void walk_state(Walk *w, const IrState *st, const char *next_name, int offset);

static void walk_next(Walk *w, const IrState *next, const char *name, int offset)
{
	if (next)
		walk_state(w, next, NULL, offset);
	else if (name && strcmp(name, "accept") == 0)
		record_path(w);
	/* reject: the packet is dropped, no path to deparse */
}

static void walk_state(Walk *w, const IrState *st, const char *unused, int offset)
{
	(void)unused;
	Be *be = w->be;
	if (w->gave_up)
		return;
	if (++w->visits > MAX_VISITS) {
		w->gave_up = true;
		return;
	}
	const IrStmt *ex[64];
	int n = 0;
	bool variable = false, hidden = false;
	state_extracts(st->body, ex, &n, 64, &variable, &hidden);
	if (hidden) {
		/* Which headers a path holds depends on more than its states. */
		w->gave_up = true;
		return;
	}
	int saved_len = w->path_len;
	for (int i = 0; i < n; i++) {
		const IrStmt *s = ex[i];
		if (s->kind == IS_ADVANCE) {
			be->has_advance = true;
			if (s->expr && s->expr->kind == IE_CONST)
				offset += (int)(value_get_u64(s->expr->value) / 8);
			continue;
		}
		const IrVar *root = NULL;
		const char *path = be_lvalue_path(be, s->lhs, &root);
		if (!path || root != w->hdr_param) {
			variable = true;
			continue;
		}
		bool stack = s->lhs->kind == IE_STACK_NEXT;
		const char *hpath = stack ? be_fmt(be, "%.*s", (int)strlen(path) - 2, path) : path;
		BeHdrUse *h = hdr_add(be, hpath, s->lhs->type, stack);
		int size = be_header_bytes(s->lhs->type);
		if (stack || variable || size < 0 || offset < 0)
			h->offset = -1;
		else if (h->offset == -2)
			h->offset = offset;
		else if (h->offset != offset)
			h->offset = -1;
		if (w->path_len < MAX_PATH_LEN)
			w->path[w->path_len++] = hpath;
		else
			w->gave_up = true;
		if (size < 0) {
			variable = true;
			be->has_varbit = true;
		}
		else if (offset >= 0)
			offset += size;
	}
	if (variable)
		offset = -1;
	if (offset < 0)
		be->parse_offsets_known = false;
	if (!st->has_select) {
		walk_next(w, st->next, st->next_name, offset);
	} else {
		bool has_default = false;
		for (int i = 0; i < st->cases.len; i++) {
			const IrSelectCase *c = st->cases.items[i];
			bool all_dc = true;
			for (int j = 0; j < c->keysets.len; j++)
				all_dc &= c->keysets.items[j]->kind == IKS_DONTCARE;
			has_default |= all_dc;
			walk_next(w, c->next, c->next_name, offset);
		}
		(void)has_default;
	}
	w->path_len = saved_len;
}

/* ---- writes ---- */

static const IrVar *hdr_root; /* the headers parameter of the block being scanned */
static bool scan_tracks;      /* writes here can mark the header dirty (the control) */

static void mark_all_under(Be *be, const char *path)
{
	size_t n = strlen(path);
	for (int i = 0; i < be->hdrs.len; i++) {
		BeHdrUse *h = be->hdrs.items[i];
		if (strncmp(h->path, path, n) == 0 && (h->path[n] == '\0' || h->path[n] == '.' || h->path[n] == '[')) {
			h->written = true;
			h->all_fields = true;
		}
	}
}

/* An lvalue that is written, as a whole or in part. `validity` says the
 * write may change a header's validity (setValid, whole assignment). */
static void note_write(Be *be, const IrExpr *lv, bool validity, bool via_assign)
{
	const IrVar *root = NULL;
	const char *path = be_lvalue_path(be, lv, &root);
	if (!root || root != hdr_root)
		return;
	if (!path) {
		/* Through a run-time index: any element of the stack. */
		const IrExpr *b = lv;
		while (b->kind != IE_INDEX && b->a)
			b = b->a;
		const char *sp = b->kind == IE_INDEX ? be_lvalue_path(be, b->a, &root) : "";
		mark_all_under(be, sp ? sp : "");
		be->validity_changes = true;
		return;
	}
	/* The longest header path that is a prefix of path. */
	BeHdrUse *best = NULL;
	for (int i = 0; i < be->hdrs.len; i++) {
		BeHdrUse *h = be->hdrs.items[i];
		size_t n = strlen(h->path);
		if (strncmp(path, h->path, n) == 0 && (path[n] == '\0' || path[n] == '.' || path[n] == '['))
			if (!best || strlen(best->path) < n)
				best = h;
	}
	if (!best) {
		/* A struct or union above headers, or a header never parsed. */
		mark_all_under(be, path);
		if (lv->type && (be_is_aggregate(lv->type)))
			be->validity_changes = true;
		return;
	}
	const char *rest = path + strlen(best->path);
	best->written = true;
	/* Only plain assignments in the control mark the header dirty as they
	 * happen; any other write makes the deparser store it always. */
	if (!scan_tracks || !via_assign)
		best->untracked = true;
	if (best->is_stack || rest[0] != '.' || validity) {
		best->all_fields = true;
		if (rest[0] == '\0' || best->is_stack)
			be->validity_changes |= validity || rest[0] == '\0' || best->is_stack;
		return;
	}
	/* ".field" or ".field.more" (a slice keeps the field). */
	const char *fname = rest + 1;
	size_t flen = strcspn(fname, ".[");
	const IrType *t = best->type;
	for (int i = 0; i < t->fields.len; i++) {
		if (strlen(t->fields.items[i]->name) == flen && strncmp(t->fields.items[i]->name, fname, flen) == 0) {
			for (int j = 0; j < best->fields.len; j++)
				if (best->fields.items[j] == i)
					return;
			IR_PUSH(be->arena, best->fields, i);
			return;
		}
	}
	best->all_fields = true;
}

static void scan_stmt(Be *be, const IrStmt *s);

static void scan_call(Be *be, const IrCall *c)
{
	for (int i = 0; i < c->args.len; i++) {
		IrDirection d = i < c->dirs.len ? c->dirs.items[i] : IRD_IN;
		if (c->args.items[i] && (d == IRD_OUT || d == IRD_INOUT))
			note_write(be, c->args.items[i], true, false);
	}
}

static void scan_expr(Be *be, const IrExpr *e)
{
	if (!e)
		return;
	if (e->kind == IE_CALL && e->call)
		scan_call(be, e->call);
	scan_expr(be, e->a);
	scan_expr(be, e->b);
	scan_expr(be, e->c);
	for (int i = 0; i < e->args.len; i++)
		scan_expr(be, e->args.items[i]);
}

static void scan_action_args(Be *be, const IrAction *a, IrExpr *const *args, int n)
{
	for (int i = 0; i < n && i < a->params.len; i++) {
		IrDirection d = a->params.items[i]->direction;
		if (args[i] && (d == IRD_OUT || d == IRD_INOUT))
			note_write(be, args[i], true, false);
	}
}

static void scan_stmt(Be *be, const IrStmt *s)
{
	if (!s)
		return;
	switch (s->kind) {
	case IS_ASSIGN:
		note_write(be, s->lhs, be_is_aggregate(s->lhs->type), true);
		scan_expr(be, s->rhs);
		break;
	case IS_SET_VALID:
	case IS_SET_INVALID:
	case IS_PUSH_FRONT:
	case IS_POP_FRONT:
		note_write(be, s->lhs ? s->lhs : s->expr, true, false);
		be->validity_changes = true;
		break;
	case IS_CALL_ACTION:
		scan_action_args(be, s->action, s->args.items, s->args.len);
		break;
	case IS_APPLY:
		for (int i = 0; i < s->table->actions.len; i++) {
			const IrActionRef *r = s->table->actions.items[i];
			scan_action_args(be, r->action, r->args.items, r->args.len);
		}
		break;
	case IS_APPLY_BLOCK:
		for (int i = 0; i < s->args.len; i++)
			if (s->args.items[i])
				note_write(be, s->args.items[i], true, false);
		break;
	case IS_EXTRACT:
		break;
	default:
		scan_expr(be, s->expr);
		scan_expr(be, s->rhs);
		break;
	}
	scan_stmt(be, s->then);
	scan_stmt(be, s->els);
	scan_stmt(be, s->init);
	scan_stmt(be, s->update);
	for (int i = 0; i < s->body.len; i++)
		scan_stmt(be, s->body.items[i]);
	for (int i = 0; i < s->cases.len; i++)
		scan_stmt(be, s->cases.items[i]->body);
}

/* The actions of a control write through their own parameters and through
 * the control's: their bodies are scanned with the control's root. */
static void scan_control(Be *be, const IrControl *c, const IrVar *root, bool tracks)
{
	hdr_root = root;
	scan_tracks = tracks;
	scan_stmt(be, c->body);
	for (int i = 0; i < c->actions.len; i++)
		scan_stmt(be, c->actions.items[i]->body);
	hdr_root = NULL;
	scan_tracks = false;
}

/* ---- the deparser's emits ---- */

/* emit() of a struct or union emits its headers in field order: the emit
 * list holds header (and stack) paths only. */
static void push_emit(Be *be, const char *path, const IrType *t)
{
	if (t->kind == IT_STRUCT || t->kind == IT_UNION) {
		for (int i = 0; i < t->fields.len; i++)
			push_emit(be, be_fmt(be, "%s.%s", path, t->fields.items[i]->name), t->fields.items[i]->type);
		return;
	}
	IR_PUSH(be->arena, be->emit_order, path);
}

static bool collect_emits(Be *be, const IrStmt *s, const IrVar *root)
{
	if (!s)
		return true;
	switch (s->kind) {
	case IS_BLOCK:
		for (int i = 0; i < s->body.len; i++)
			if (!collect_emits(be, s->body.items[i], root))
				return false;
		return true;
	case IS_EMIT: {
		const IrVar *r = NULL;
		const char *path = be_lvalue_path(be, s->lhs, &r);
		if (!path || r != root)
			return false;
		push_emit(be, path, s->lhs->type);
		return true;
	}
	default:
		return false; /* conditions, assignments: the general deparser */
	}
}

/* Whether `path` (one parse path) is emitted back in order by emit_order. */
static bool path_emitted_in_order(Be *be, const BePath *p)
{
	int j = 0;
	for (int i = 0; i < p->len; i++) {
		while (j < be->emit_order.len && strcmp(be->emit_order.items[j], p->hdrs[i]) != 0)
			j++;
		if (j == be->emit_order.len)
			return false;
		/* A stack emits all its elements: stay on it for the next one. */
		BeHdrUse *h = be_hdr_find(be, p->hdrs[i]);
		if (!h || !h->is_stack)
			j++;
	}
	return true;
}

/* A block's headers parameter: its first struct (or header) parameter. */
static const IrVar *param_of_type(const IrVar *const *params, int n)
{
	for (int i = 0; i < n; i++)
		if (params[i]->type->kind == IT_STRUCT || params[i]->type->kind == IT_HEADER)
			return params[i];
	return NULL;
}

void be_analyze(Be *be)
{
	be->parse_offsets_known = true;
	if (!be->parser)
		return;
	const IrVar *phdr = param_of_type((const IrVar *const *)be->parser->params.items,
					  be->parser->params.len);
	Walk w = {.be = be, .hdr_param = phdr};
	be->hdr_param_parser = phdr;
	if (be->parser->states.len)
		walk_state(&w, be->parser->states.items[0], NULL, 0);
	be->paths_known = !w.gave_up;
	if (w.gave_up)
		be->parse_offsets_known = false;
	for (int i = 0; i < be->hdrs.len; i++)
		if (be->hdrs.items[i]->offset == -2 || w.gave_up)
			be->hdrs.items[i]->offset = -1;

	/* Writes after extraction: the parser's own assignments, the control's. */
	hdr_root = phdr;
	for (int i = 0; i < be->parser->states.len; i++)
		scan_stmt(be, be->parser->states.items[i]->body);
	hdr_root = NULL;
	if (be->control) {
		be->ctl_hdr_param = param_of_type((const IrVar *const *)be->control->params.items,
						  be->control->params.len);
		scan_control(be, be->control, be->ctl_hdr_param, true);
	}
	if (!be->deparser) {
		be->in_place = false;
		return;
	}
	const IrVar *dhdr = param_of_type((const IrVar *const *)be->deparser->params.items,
					  be->deparser->params.len);
	scan_control(be, be->deparser, dhdr, false);
	bool straight = collect_emits(be, be->deparser->body, dhdr);
	bool in_order = straight && be->paths_known;
	for (int i = 0; in_order && i < be->n_paths; i++)
		in_order = path_emitted_in_order(be, be->paths[i]);
	/* Fields of stack elements have no fixed place: rewrite those in full. */
	bool stack_written = false;
	for (int i = 0; i < be->hdrs.len; i++)
		stack_written |= be->hdrs.items[i]->is_stack && be->hdrs.items[i]->written;
	be->in_place = in_order && !be->validity_changes && !stack_written && !be->has_advance &&
		       !be->has_varbit;
}

bool be_direct_reads(const Be *be)
{
	/* The packet holds what the headers hold, field by field, as long as
	 * nothing moves: a filter never writes it; an in-place deparser writes
	 * back only written fields. */
	if (be->parse_offsets_known && !be->validity_changes && !be->has_advance)
		return be->p->arch == ARCH_EBPF_FILTER || be->in_place;
	return false;
}

/* Where an expression reads a field of a parsed header at a fixed place
 * that nothing writes: the header and the field's index, else NULL. */
const BeHdrUse *be_direct_field(Be *be, const IrExpr *e, int *field)
{
	if (e->kind != IE_FIELD || !be->fn || !be->fn->direct || !be_direct_reads(be))
		return NULL;
	const IrVar *root = NULL;
	const char *path = be_lvalue_path(be, e->a, &root);
	if (!path || root != be->ctl_hdr_param)
		return NULL;
	BeHdrUse *h = be_hdr_find(be, path);
	if (!h || h->is_stack || h->offset < 0 || h->all_fields || e->a->type->kind != IT_HEADER)
		return NULL;
	for (int i = 0; i < h->fields.len; i++)
		if (h->fields.items[i] == e->field->index)
			return NULL;
	int w = be_type_width(e->type);
	if (w <= 0 || w > 64)
		return NULL;
	*field = e->field->index;
	return h;
}
