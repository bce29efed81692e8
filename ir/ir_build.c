/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* ir_build.c: making IR objects. Every node comes from one of these
 * constructors, in the program's arena; vectors grow in the arena too. */
#include <ctype.h>
#include <string.h>

#include "ir.h"

/* ---- kind names ---- */

#define NAME_OF(k, n) n,
static const char *const type_kind_names[] = {IR_TYPE_KINDS(NAME_OF)};
static const char *const expr_kind_names[] = {IR_EXPR_KINDS(NAME_OF)};
static const char *const stmt_kind_names[] = {IR_STMT_KINDS(NAME_OF)};
#undef NAME_OF

const char *ir_type_kind_name(IrTypeKind kind)
{
	return type_kind_names[kind];
}

const char *ir_expr_kind_name(IrExprKind kind)
{
	return expr_kind_names[kind];
}

const char *ir_stmt_kind_name(IrStmtKind kind)
{
	return stmt_kind_names[kind];
}

const char *ir_arch_name(IrArch arch)
{
	switch (arch) {
	case ARCH_NONE: return "none";
	case ARCH_UNKNOWN: return "unknown";
	case ARCH_EBPF_FILTER: return "ebpf_filter";
	case ARCH_XDP: return "xdp";
	case ARCH_NF: return "nf";
	}
	return "?";
}

const char *ir_match_kind_name(IrMatchKind mk)
{
	switch (mk) {
	case IMK_EXACT: return "exact";
	case IMK_LPM: return "lpm";
	case IMK_TERNARY: return "ternary";
	case IMK_RANGE: return "range";
	case IMK_OPTIONAL: return "optional";
	case IMK_OTHER: return "other";
	}
	return "?";
}

const char *ir_table_kind_name(IrTableKind kind)
{
	switch (kind) {
	case ITK_EXACT: return "exact";
	case ITK_ARRAY: return "array";
	case ITK_LPM: return "lpm";
	case ITK_TERNARY: return "ternary";
	case ITK_KEYLESS: return "keyless";
	}
	return "?";
}

/* ---- vectors ---- */

void *ir_vec_grow(Arena *arena, void *items, int len, int *cap, size_t elem_size)
{
	int ncap = *cap ? *cap * 2 : 4;
	void *n = arena_alloc(arena, elem_size * (size_t)ncap);
	if (len)
		memcpy(n, items, elem_size * (size_t)len);
	*cap = ncap;
	return n;
}

/* ---- name spaces: a small open-addressing set of strings ---- */

struct IrNames {
	Arena *arena;
	const char **slots;
	unsigned cap, count;
};

static unsigned hash_str(const char *s)
{
	unsigned h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

static bool names_has(const IrNames *n, const char *s)
{
	for (unsigned i = hash_str(s) & (n->cap - 1);; i = (i + 1) & (n->cap - 1)) {
		if (!n->slots[i])
			return false;
		if (strcmp(n->slots[i], s) == 0)
			return true;
	}
}

static void names_add(IrNames *n, const char *s)
{
	if ((n->count + 1) * 2 > n->cap) {
		const char **old = n->slots;
		unsigned oldcap = n->cap;
		n->cap = oldcap * 2;
		n->slots = arena_alloc(n->arena, sizeof(char *) * n->cap);
		n->count = 0;
		for (unsigned i = 0; i < oldcap; i++)
			if (old[i])
				names_add(n, old[i]);
	}
	unsigned i = hash_str(s) & (n->cap - 1);
	while (n->slots[i])
		i = (i + 1) & (n->cap - 1);
	n->slots[i] = s;
	n->count++;
}

IrNames *ir_names_new(Arena *arena)
{
	IrNames *n = arena_alloc(arena, sizeof(*n));
	n->arena = arena;
	n->cap = 64;
	n->slots = arena_alloc(arena, sizeof(char *) * n->cap);
	return n;
}

void ir_names_reserve(IrNames *names, const char *name)
{
	if (!names_has(names, name))
		names_add(names, name);
}

/* `pipe.Check_src_ip` -> `pipe_Check_src_ip`; `S<bit<8>>` -> `S_bit_8`. */
static char *c_identifier(Arena *arena, const char *p4_name)
{
	size_t len = strlen(p4_name);
	char *out = arena_alloc(arena, len + 2);
	size_t j = 0;
	if (len == 0 || isdigit((unsigned char)p4_name[0]))
		out[j++] = '_';
	for (size_t i = 0; i < len; i++) {
		char c = p4_name[i];
		if (isalnum((unsigned char)c) || c == '_')
			out[j++] = c;
		else if (j > 0 && out[j - 1] != '_')
			out[j++] = '_';
	}
	while (j > 1 && out[j - 1] == '_' && p4_name[len - 1] != '_')
		j--;
	out[j] = 0;
	return out;
}

const char *ir_names_unique(IrNames *names, const char *p4_name)
{
	const char *base = c_identifier(names->arena, p4_name);
	const char *name = base;
	for (int i = 1; names_has(names, name); i++)
		name = arena_printf(names->arena, "%s_%d", base, i);
	names_add(names, name);
	return name;
}

/* ---- the program ---- */

IrProgram *ir_program_new(Arena *arena, Diag *diag, ConstPool *pool, Node *ast, const char *source)
{
	IrProgram *p = arena_alloc(arena, sizeof(*p));
	p->arena = arena;
	p->diag = diag;
	p->pool = pool;
	p->ast = ast;
	p->source = source;
	p->names = ir_names_new(arena);
	return p;
}

/* ---- types ---- */

IrType *ir_type_new(IrProgram *p, IrTypeKind kind)
{
	IrType *t = arena_alloc(p->arena, sizeof(*t));
	t->kind = kind;
	t->wire_bits = t->wire_bytes = t->min_wire_bits = -1;
	IR_PUSH(p->arena, p->all_types, t);
	return t;
}

IrType *ir_type_bits(IrProgram *p, int width, bool is_signed)
{
	for (int i = 0; i < p->all_types.len; i++) {
		IrType *t = p->all_types.items[i];
		if (t->kind == IT_BITS && t->width == width && t->is_signed == is_signed)
			return t;
	}
	IrType *t = ir_type_new(p, IT_BITS);
	t->width = width;
	t->is_signed = is_signed;
	return t;
}

IrType *ir_type_basic(IrProgram *p, IrTypeKind kind)
{
	for (int i = 0; i < p->all_types.len; i++)
		if (p->all_types.items[i]->kind == kind)
			return p->all_types.items[i];
	return ir_type_new(p, kind);
}

bool ir_type_is_scalar(const IrType *t)
{
	switch (t->kind) {
	case IT_BOOL:
	case IT_INT:
	case IT_BITS:
	case IT_ERROR:
	case IT_ENUM:
	case IT_MATCH_KIND:
		return true;
	default:
		return false;
	}
}

bool ir_type_is_header_like(const IrType *t)
{
	return t->kind == IT_HEADER || t->kind == IT_UNION;
}

bool ir_type_equal(const IrType *a, const IrType *b)
{
	if (a == b)
		return true;
	if (a->kind != b->kind)
		return false;
	switch (a->kind) {
	case IT_BITS: return a->width == b->width && a->is_signed == b->is_signed;
	case IT_VARBIT: return a->width == b->width;
	case IT_STACK: return a->size == b->size && ir_type_equal(a->elem, b->elem);
	case IT_LIST: return ir_type_equal(a->elem, b->elem);
	case IT_TUPLE:
		if (a->fields.len != b->fields.len)
			return false;
		for (int i = 0; i < a->fields.len; i++)
			if (!ir_type_equal(a->fields.items[i]->type, b->fields.items[i]->type))
				return false;
		return true;
	case IT_VOID:
	case IT_BOOL:
	case IT_INT:
	case IT_ERROR:
	case IT_MATCH_KIND:
	case IT_STRING:
		return true;
	default:
		return false; /* named types are made once */
	}
}

int ir_scalar_width(const IrType *t)
{
	switch (t->kind) {
	case IT_BOOL: return 1;
	case IT_BITS: return t->width;
	case IT_ERROR: return 8;
	case IT_ENUM: return t->elem ? t->elem->width : 32;
	default: return -1;
	}
}

/* ---- expressions ---- */

IrExpr *ir_expr_new(IrProgram *p, IrExprKind kind, IrType *type, Loc loc)
{
	IrExpr *e = arena_alloc(p->arena, sizeof(*e));
	e->kind = kind;
	e->type = type;
	e->loc = loc;
	return e;
}

IrExpr *ir_const(IrProgram *p, IrType *type, const Value *v, Loc loc)
{
	IrExpr *e = ir_expr_new(p, IE_CONST, type, loc);
	e->value = v;
	return e;
}

IrExpr *ir_var_ref(IrProgram *p, IrVar *v, Loc loc)
{
	IrExpr *e = ir_expr_new(p, IE_VAR, v->type, loc);
	e->var = v;
	return e;
}

IrExpr *ir_field_ref(IrProgram *p, IrExpr *base, IrField *f, Loc loc)
{
	IrExpr *e = ir_expr_new(p, IE_FIELD, f->type, loc);
	e->a = base;
	e->field = f;
	return e;
}

static IrCall *call_copy(IrProgram *p, const IrCall *c)
{
	IrCall *n = arena_alloc(p->arena, sizeof(*n));
	*n = *c;
	n->receiver = c->receiver ? ir_expr_copy(p, c->receiver) : NULL;
	n->args.items = NULL;
	n->args.len = n->args.cap = 0;
	for (int i = 0; i < c->args.len; i++)
		IR_PUSH(p->arena, n->args, c->args.items[i] ? ir_expr_copy(p, c->args.items[i]) : NULL);
	return n;
}

IrExpr *ir_expr_copy(IrProgram *p, const IrExpr *e)
{
	if (!e)
		return NULL;
	IrExpr *n = arena_alloc(p->arena, sizeof(*n));
	*n = *e;
	n->a = ir_expr_copy(p, e->a);
	n->b = ir_expr_copy(p, e->b);
	n->c = ir_expr_copy(p, e->c);
	n->args.items = NULL;
	n->args.len = n->args.cap = 0;
	for (int i = 0; i < e->args.len; i++)
		IR_PUSH(p->arena, n->args, ir_expr_copy(p, e->args.items[i]));
	if (e->call)
		n->call = call_copy(p, e->call);
	return n;
}

bool ir_expr_is_const(const IrExpr *e)
{
	return e && e->kind == IE_CONST;
}

bool ir_expr_has_effects(const IrExpr *e)
{
	if (!e)
		return false;
	if (e->kind == IE_CALL || e->kind == IE_LOOKAHEAD)
		return true;
	if (ir_expr_has_effects(e->a) || ir_expr_has_effects(e->b) || ir_expr_has_effects(e->c))
		return true;
	for (int i = 0; i < e->args.len; i++)
		if (ir_expr_has_effects(e->args.items[i]))
			return true;
	return false;
}

/* ---- statements and variables ---- */

IrStmt *ir_stmt_new(IrProgram *p, IrStmtKind kind, Loc loc)
{
	IrStmt *s = arena_alloc(p->arena, sizeof(*s));
	s->kind = kind;
	s->loc = loc;
	return s;
}

IrStmt *ir_block_new(IrProgram *p, Loc loc)
{
	return ir_stmt_new(p, IS_BLOCK, loc);
}

void ir_block_add(IrProgram *p, IrStmt *block, IrStmt *s)
{
	if (s)
		IR_PUSH(p->arena, block->body, s);
}

IrStmt *ir_assign(IrProgram *p, IrExpr *lhs, IrExpr *rhs, Loc loc)
{
	IrStmt *s = ir_stmt_new(p, IS_ASSIGN, loc);
	s->lhs = lhs;
	s->rhs = rhs;
	return s;
}

IrStmt *ir_stmt_copy(IrProgram *p, const IrStmt *s)
{
	if (!s)
		return NULL;
	IrStmt *n = arena_alloc(p->arena, sizeof(*n));
	*n = *s;
	n->lhs = ir_expr_copy(p, s->lhs);
	n->rhs = ir_expr_copy(p, s->rhs);
	n->expr = ir_expr_copy(p, s->expr);
	n->then = ir_stmt_copy(p, s->then);
	n->els = ir_stmt_copy(p, s->els);
	n->init = ir_stmt_copy(p, s->init);
	n->update = ir_stmt_copy(p, s->update);
	memset(&n->body, 0, sizeof(n->body));
	for (int i = 0; i < s->body.len; i++)
		IR_PUSH(p->arena, n->body, ir_stmt_copy(p, s->body.items[i]));
	memset(&n->args, 0, sizeof(n->args));
	for (int i = 0; i < s->args.len; i++)
		IR_PUSH(p->arena, n->args, ir_expr_copy(p, s->args.items[i]));
	memset(&n->cases, 0, sizeof(n->cases));
	for (int i = 0; i < s->cases.len; i++) {
		IrCase *c = arena_alloc(p->arena, sizeof(*c));
		*c = *s->cases.items[i];
		c->body = ir_stmt_copy(p, c->body);
		IR_PUSH(p->arena, n->cases, c);
	}
	return n;
}

IrVar *ir_var_new(IrProgram *p, IrVarKind kind, const char *name, const char *p4_name, IrType *type, Loc loc)
{
	IrVar *v = arena_alloc(p->arena, sizeof(*v));
	v->kind = kind;
	v->name = name;
	v->p4_name = p4_name;
	v->type = type;
	v->loc = loc;
	return v;
}

/* ---- walking ---- */

bool ir_stmt_any(const IrStmt *s, IrStmtPred pred, const void *ctx)
{
	if (!s)
		return false;
	IrFind found = pred(s, ctx);
	if (found != IR_FIND_NO)
		return found == IR_FIND_YES;
	for (int i = 0; i < s->body.len; i++)
		if (ir_stmt_any(s->body.items[i], pred, ctx))
			return true;
	for (int i = 0; i < s->cases.len; i++)
		if (ir_stmt_any(s->cases.items[i]->body, pred, ctx))
			return true;
	return ir_stmt_any(s->then, pred, ctx) || ir_stmt_any(s->els, pred, ctx) ||
	       ir_stmt_any(s->init, pred, ctx) || ir_stmt_any(s->update, pred, ctx);
}

void ir_visit_expr(IrVisitor *v, IrExpr **slot)
{
	IrExpr *e = *slot;
	if (!e)
		return;
	if (e->a)
		ir_visit_expr(v, &e->a);
	if (e->b)
		ir_visit_expr(v, &e->b);
	if (e->c)
		ir_visit_expr(v, &e->c);
	for (int i = 0; i < e->args.len; i++)
		ir_visit_expr(v, &e->args.items[i]);
	if (e->call) {
		if (e->call->receiver)
			ir_visit_expr(v, &e->call->receiver);
		for (int i = 0; i < e->call->args.len; i++)
			ir_visit_expr(v, &e->call->args.items[i]);
	}
	if (v->expr)
		v->expr(v, slot);
}

void ir_visit_stmt(IrVisitor *v, IrStmt *s)
{
	if (!s)
		return;
	if (v->stmt)
		v->stmt(v, s);
	ir_visit_expr(v, &s->lhs);
	ir_visit_expr(v, &s->rhs);
	ir_visit_expr(v, &s->expr);
	for (int i = 0; i < s->args.len; i++)
		ir_visit_expr(v, &s->args.items[i]);
	ir_visit_stmt(v, s->init);
	for (int i = 0; i < s->body.len; i++)
		ir_visit_stmt(v, s->body.items[i]);
	ir_visit_stmt(v, s->then);
	ir_visit_stmt(v, s->els);
	ir_visit_stmt(v, s->update);
	for (int i = 0; i < s->cases.len; i++)
		ir_visit_stmt(v, s->cases.items[i]->body);
}

static void visit_action(IrVisitor *v, IrAction *a)
{
	v->in_action = a;
	ir_visit_stmt(v, a->body);
	v->in_action = NULL;
}

static void visit_table(IrVisitor *v, IrTable *t)
{
	v->in_table = t;
	for (int i = 0; i < t->keys.len; i++)
		ir_visit_expr(v, &t->keys.items[i]->expr);
	for (int i = 0; i < t->actions.len; i++) {
		IrActionRef *ar = t->actions.items[i];
		for (int j = 0; j < ar->args.len; j++)
			ir_visit_expr(v, &ar->args.items[j]);
	}
	v->in_table = NULL;
}

void ir_visit_program(IrProgram *p, IrVisitor *v)
{
	for (int i = 0; i < p->functions.len; i++) {
		v->in_function = p->functions.items[i];
		ir_visit_stmt(v, p->functions.items[i]->body);
	}
	v->in_function = NULL;
	for (int i = 0; i < p->actions.len; i++)
		if (p->actions.items[i]->is_top_level)
			visit_action(v, p->actions.items[i]);
	for (int i = 0; i < p->parsers.len; i++) {
		IrParser *ps = p->parsers.items[i];
		v->in_parser = ps;
		ir_visit_stmt(v, ps->init);
		for (int j = 0; j < ps->states.len; j++) {
			IrState *st = ps->states.items[j];
			ir_visit_stmt(v, st->body);
			for (int k = 0; k < st->select.len; k++)
				ir_visit_expr(v, &st->select.items[k]);
		}
	}
	v->in_parser = NULL;
	for (int i = 0; i < p->controls.len; i++) {
		IrControl *c = p->controls.items[i];
		v->in_control = c;
		for (int j = 0; j < c->actions.len; j++)
			visit_action(v, c->actions.items[j]);
		for (int j = 0; j < c->tables.len; j++)
			visit_table(v, c->tables.items[j]);
		ir_visit_stmt(v, c->body);
	}
	v->in_control = NULL;
}
