/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* passes.c: the ordered table of named passes, the driver that runs them,
 * and the small passes themselves.
 *
 *   lower          typed AST -> IR (lower.c)
 *   const-fold     expressions over constants become constants (consteval)
 *   simplify       blocks flattened, dead branches and unreachable code gone,
 *                  select cases after a default gone
 *   inline-parsers sub-parsers become states of their caller (inline_parsers.c)
 *   remove-unused  tables never applied, actions and functions never used,
 *                  locals never read, parser states never reached
 *   layout         bits and bytes (layout.c)
 *   assign-ids     action ids
 *   verify         structural checks (ir_verify.c)
 *
 * Debug builds (-DP4EBPF_DEBUG, the asan flavour) verify after every pass. */
#include <stdlib.h>
#include <string.h>

#include "ir.h"

/* ---- const-fold ---- */

static ValueIntType int_type(const IrType *t)
{
	if (t->kind == IT_BITS)
		return t->is_signed ? value_type_int(t->width) : value_type_bit(t->width);
	return value_type_infint();
}

/* Whether v is a value of type t (so the folded node keeps its type). */
static bool value_fits_type(const Value *v, const IrType *t)
{
	if (!v)
		return false;
	switch (t->kind) {
	case IT_BOOL: return v->kind == VAL_BOOL;
	case IT_BITS:
	case IT_INT: return v->kind == VAL_INT && value_type_equal(v->type, int_type(t));
	default: return false;
	}
}

static void fold_expr(IrVisitor *vis, IrExpr **slot)
{
	IrProgram *p = vis->ctx;
	IrExpr *e = *slot;
	const Value *v = NULL;
	switch (e->kind) {
	case IE_UNARY:
		if (ir_expr_is_const(e->a))
			v = value_unary(p->pool, (Operator)e->op, e->a->value);
		break;
	case IE_BINARY: {
		IrExpr *a = e->a, *b = e->b;
		if (e->op == OP_AND || e->op == OP_OR) {
			if (ir_expr_is_const(a) && a->value->kind == VAL_BOOL) {
				bool short_cut = (e->op == OP_AND) != a->value->boolean;
				*slot = short_cut ? a : b;
				return;
			}
			if (ir_expr_is_const(b) && b->value->kind == VAL_BOOL && !ir_expr_has_effects(a)) {
				bool absorbs = (e->op == OP_AND) != b->value->boolean;
				*slot = absorbs ? b : a;
				return;
			}
			break;
		}
		if (ir_expr_is_const(a) && ir_expr_is_const(b))
			v = value_binary(p->pool, (Operator)e->op, a->value, b->value);
		break;
	}
	case IE_CAST:
		if (!ir_expr_is_const(e->a))
			break;
		if (e->type->kind == IT_BOOL) {
			v = e->a->value->kind == VAL_BOOL ? e->a->value : value_cast_bool(p->pool, e->a->value);
		} else if (e->type->kind == IT_BITS || e->type->kind == IT_INT) {
			const Value *a = e->a->value;
			if (a->kind == VAL_MEMBER)
				a = a->repr;
			if (a && a->kind == VAL_BOOL)
				v = value_from_u64(p->pool, int_type(e->type), a->boolean, NULL);
			else if (a)
				v = value_cast(p->pool, a, int_type(e->type), NULL);
		}
		break;
	case IE_SLICE:
		if (ir_expr_is_const(e->a))
			v = value_slice(p->pool, e->a->value, value_from_i64(p->pool, value_type_infint(), e->hi, NULL),
					value_from_i64(p->pool, value_type_infint(), e->lo, NULL));
		break;
	case IE_MUX:
		if (ir_expr_is_const(e->a) && e->a->value->kind == VAL_BOOL) {
			*slot = e->a->value->boolean ? e->b : e->c;
			return;
		}
		break;
	case IE_FIELD:
		if (e->a->kind == IE_STRUCT && e->a->type->kind != IT_HEADER && !ir_expr_has_effects(e->a) &&
		    e->field->index < e->a->args.len)
			*slot = e->a->args.items[e->field->index];
		break;
	case IE_IS_VALID:
		if (e->a->kind == IE_INVALID)
			v = value_bool(p->pool, false);
		else if (e->a->kind == IE_STRUCT && e->a->type->kind == IT_HEADER && !ir_expr_has_effects(e->a))
			v = value_bool(p->pool, true);
		break;
	default: break;
	}
	if (value_fits_type(v, e->type))
		*slot = ir_const(p, e->type, v, e->loc);
}

static int pass_const_fold(IrProgram *p)
{
	IrVisitor v = {.ctx = p, .expr = fold_expr};
	ir_visit_program(p, &v);
	return 0;
}

/* ---- simplify ---- */

static bool is_empty(const IrStmt *s)
{
	return !s || (s->kind == IS_BLOCK && s->body.len == 0);
}

static bool ends_flow(const IrStmt *s)
{
	return s->kind == IS_EXIT || s->kind == IS_RETURN || s->kind == IS_BREAK || s->kind == IS_CONTINUE;
}

static IrStmt *simplify_stmt(IrProgram *p, IrStmt *s);

/* A block's statements, with nested blocks spliced in (blocks are not
 * scopes in the IR) and nothing after exit, return, break or continue. */
static void simplify_into(IrProgram *p, IrStmt *out, IrStmt *s, bool *done)
{
	if (*done || !s)
		return;
	s = simplify_stmt(p, s);
	if (!s)
		return;
	if (s->kind == IS_BLOCK) {
		for (int i = 0; i < s->body.len; i++)
			simplify_into(p, out, s->body.items[i], done);
		return;
	}
	ir_block_add(p, out, s);
	if (ends_flow(s))
		*done = true;
}

static IrStmt *simplify_block(IrProgram *p, IrStmt *s)
{
	if (!s)
		return NULL;
	IrStmt *out = ir_block_new(p, s->loc);
	bool done = false;
	if (s->kind == IS_BLOCK)
		for (int i = 0; i < s->body.len; i++)
			simplify_into(p, out, s->body.items[i], &done);
	else
		simplify_into(p, out, s, &done);
	return out;
}

static bool case_matches(const IrCase *c, const Value *v)
{
	for (int i = 0; i < c->values.len; i++)
		if (value_equal(c->values.items[i], v))
			return true;
	return false;
}

/* if (constant), if with empty branches, switch on a constant. */
static IrStmt *simplify_stmt(IrProgram *p, IrStmt *s)
{
	switch (s->kind) {
	case IS_BLOCK: return simplify_block(p, s);
	case IS_IF: {
		s->then = simplify_block(p, s->then);
		s->els = s->els ? simplify_block(p, s->els) : NULL;
		if (is_empty(s->els))
			s->els = NULL;
		if (ir_expr_is_const(s->expr) && s->expr->value->kind == VAL_BOOL)
			return s->expr->value->boolean ? s->then : s->els;
		if (is_empty(s->then) && !s->els)
			return ir_expr_has_effects(s->expr) ? s : NULL;
		if (is_empty(s->then)) {
			IrExpr *n = ir_expr_new(p, IE_UNARY, s->expr->type, s->expr->loc);
			n->op = OP_NOT;
			n->a = s->expr;
			s->expr = n;
			s->then = s->els;
			s->els = NULL;
		}
		return s;
	}
	case IS_SWITCH:
	case IS_APPLY:
		for (int i = 0; i < s->cases.len; i++)
			s->cases.items[i]->body = simplify_block(p, s->cases.items[i]->body);
		/* An empty default does what no match does; so do empty cases
		 * when the default (if any) is empty too. */
		bool default_empty = true;
		for (int i = 0; i < s->cases.len; i++)
			if (s->cases.items[i]->is_default && !is_empty(s->cases.items[i]->body))
				default_empty = false;
		if (default_empty) {
			int n = 0;
			for (int i = 0; i < s->cases.len; i++)
				if (!is_empty(s->cases.items[i]->body))
					s->cases.items[n++] = s->cases.items[i];
			s->cases.len = n;
		}
		bool all_empty = true;
		for (int i = 0; i < s->cases.len; i++)
			all_empty = all_empty && is_empty(s->cases.items[i]->body);
		if (all_empty) {
			/* nothing depends on which case it is */
			s->cases.len = 0;
			if (s->kind == IS_SWITCH && !ir_expr_has_effects(s->expr))
				return NULL;
			if (s->kind == IS_SWITCH) {
				IrStmt *c = ir_stmt_new(p, IS_CALL, s->loc);
				c->expr = s->expr;
				return s->expr->kind == IE_CALL ? c : s;
			}
			return s;
		}
		if (s->kind == IS_SWITCH && ir_expr_is_const(s->expr)) {
			for (int i = 0; i < s->cases.len; i++)
				if (case_matches(s->cases.items[i], s->expr->value))
					return s->cases.items[i]->body;
			for (int i = 0; i < s->cases.len; i++)
				if (s->cases.items[i]->is_default)
					return s->cases.items[i]->body;
			return NULL;
		}
		return s;
	case IS_FOR:
		s->init = simplify_block(p, s->init);
		s->update = simplify_block(p, s->update);
		s->then = simplify_block(p, s->then);
		return s;
	case IS_FOR_IN:
		s->then = simplify_block(p, s->then);
		return s;
	default: return s;
	}
}

/* Select cases after one that matches everything never match. */
static void drop_unreachable_cases(IrState *s)
{
	for (int i = 0; i < s->cases.len; i++) {
		const IrSelectCase *c = s->cases.items[i];
		bool all = true;
		for (int j = 0; j < c->keysets.len; j++)
			all = all && c->keysets.items[j]->kind == IKS_DONTCARE;
		if (all) {
			s->cases.len = i + 1;
			return;
		}
	}
}

static int pass_simplify(IrProgram *p)
{
	for (int i = 0; i < p->functions.len; i++)
		p->functions.items[i]->body = simplify_block(p, p->functions.items[i]->body);
	for (int i = 0; i < p->actions.len; i++)
		p->actions.items[i]->body = simplify_block(p, p->actions.items[i]->body);
	for (int i = 0; i < p->parsers.len; i++) {
		IrParser *ps = p->parsers.items[i];
		ps->init = simplify_block(p, ps->init);
		for (int j = 0; j < ps->states.len; j++) {
			ps->states.items[j]->body = simplify_block(p, ps->states.items[j]->body);
			drop_unreachable_cases(ps->states.items[j]);
		}
	}
	for (int i = 0; i < p->controls.len; i++)
		p->controls.items[i]->body = simplify_block(p, p->controls.items[i]->body);
	return 0;
}

/* ---- remove-unused ---- */

/* Marks: a small pointer set (linear: programs have few of each). */
typedef struct Marks {
	IR_VEC(const void *) items;
} Marks;

static bool marked(const Marks *m, const void *x)
{
	for (int i = 0; i < m->items.len; i++)
		if (m->items.items[i] == x)
			return true;
	return false;
}

static bool mark(IrProgram *p, Marks *m, const void *x)
{
	if (!x || marked(m, x))
		return false;
	IR_PUSH(p->arena, m->items, x);
	return true;
}

typedef struct Usage {
	IrProgram *p;
	Marks tables, actions, functions, vars;
	bool changed;
} Usage;

static void usage_expr(IrVisitor *v, IrExpr **slot)
{
	Usage *u = v->ctx;
	IrExpr *e = *slot;
	if (e->kind == IE_CALL && e->call->kind == IC_FUNCTION)
		u->changed |= mark(u->p, &u->functions, e->call->function);
}

static void usage_stmt(IrVisitor *v, IrStmt *s)
{
	Usage *u = v->ctx;
	if (s->kind == IS_APPLY)
		u->changed |= mark(u->p, &u->tables, s->table);
	if (s->kind == IS_CALL_ACTION)
		u->changed |= mark(u->p, &u->actions, s->action);
}

/* What the program uses: the parsers and the controls' bodies, the tables
 * they apply, the actions those tables list, and what used actions and
 * functions use in turn. */
static void find_usage(IrProgram *p, Usage *u)
{
	IrVisitor v = {.ctx = u, .expr = usage_expr, .stmt = usage_stmt};
	for (int i = 0; i < p->parsers.len; i++) {
		IrParser *ps = p->parsers.items[i];
		v.in_parser = ps;
		ir_visit_stmt(&v, ps->init);
		for (int j = 0; j < ps->states.len; j++) {
			ir_visit_stmt(&v, ps->states.items[j]->body);
			for (int k = 0; k < ps->states.items[j]->select.len; k++)
				ir_visit_expr(&v, &ps->states.items[j]->select.items[k]);
		}
	}
	for (int i = 0; i < p->controls.len; i++)
		ir_visit_stmt(&v, p->controls.items[i]->body);
	do {
		u->changed = false;
		for (int i = 0; i < p->tables.len; i++) {
			IrTable *t = p->tables.items[i];
			if (!marked(&u->tables, t))
				continue;
			for (int j = 0; j < t->keys.len; j++)
				ir_visit_expr(&v, &t->keys.items[j]->expr);
			for (int j = 0; j < t->actions.len; j++) {
				IrActionRef *ar = t->actions.items[j];
				u->changed |= mark(p, &u->actions, ar->action);
				for (int k = 0; k < ar->args.len; k++)
					ir_visit_expr(&v, &ar->args.items[k]);
			}
			u->changed |= mark(p, &u->actions, t->default_action);
		}
		for (int i = 0; i < p->actions.len; i++)
			if (marked(&u->actions, p->actions.items[i]))
				ir_visit_stmt(&v, p->actions.items[i]->body);
		for (int i = 0; i < p->functions.len; i++)
			if (marked(&u->functions, p->functions.items[i]))
				ir_visit_stmt(&v, p->functions.items[i]->body);
	} while (u->changed);
}

#define KEEP_MARKED(p, vec, marks)                                                                 \
	do {                                                                                       \
		int n_ = 0;                                                                        \
		for (int i_ = 0; i_ < (vec).len; i_++)                                             \
			if (marked(&(marks), (vec).items[i_]))                                     \
				(vec).items[n_++] = (vec).items[i_];                               \
		(vec).len = n_;                                                                    \
	} while (0)

/* Drops declarations of locals nobody reads (keeping initialisers that
 * have effects) and forgets hit results nobody reads. */
static int drop_dead_decls(IrStmt *s, const Marks *vars)
{
	int dropped = 0;
	if (!s)
		return 0;
	if (s->kind == IS_BLOCK) {
		int n = 0;
		for (int i = 0; i < s->body.len; i++) {
			IrStmt *c = s->body.items[i];
			if (c->kind == IS_DECLARE && !marked(vars, c->var) && !ir_expr_has_effects(c->rhs)) {
				dropped++;
				continue;
			}
			s->body.items[n++] = c;
		}
		s->body.len = n;
	}
	if (s->kind == IS_APPLY && s->hit_var && !marked(vars, s->hit_var)) {
		s->hit_var = NULL;
		dropped++;
	}
	for (int i = 0; i < s->body.len; i++)
		dropped += drop_dead_decls(s->body.items[i], vars);
	dropped += drop_dead_decls(s->init, vars);
	dropped += drop_dead_decls(s->then, vars);
	dropped += drop_dead_decls(s->els, vars);
	dropped += drop_dead_decls(s->update, vars);
	for (int i = 0; i < s->cases.len; i++)
		dropped += drop_dead_decls(s->cases.items[i]->body, vars);
	return dropped;
}

/* The variables some expression reads (or writes through an l-value). */
static void read_expr(IrVisitor *v, IrExpr **slot)
{
	Usage *u = v->ctx;
	if ((*slot)->kind == IE_VAR)
		mark(u->p, &u->vars, (*slot)->var);
}

static void read_stmt(IrVisitor *v, IrStmt *s)
{
	Usage *u = v->ctx;
	if (s->kind == IS_FOR_IN)
		mark(u->p, &u->vars, s->var);
}

/* Drops dead declarations until none is left: dropping one may leave
 * another variable unread. */
static void drop_all_dead_decls(IrProgram *p, Usage *u)
{
	int dropped;
	do {
		u->vars.items.len = 0;
		IrVisitor v = {.ctx = u, .expr = read_expr, .stmt = read_stmt};
		ir_visit_program(p, &v);
		dropped = 0;
		for (int i = 0; i < p->functions.len; i++)
			dropped += drop_dead_decls(p->functions.items[i]->body, &u->vars);
		for (int i = 0; i < p->actions.len; i++)
			dropped += drop_dead_decls(p->actions.items[i]->body, &u->vars);
		for (int i = 0; i < p->parsers.len; i++) {
			dropped += drop_dead_decls(p->parsers.items[i]->init, &u->vars);
			for (int j = 0; j < p->parsers.items[i]->states.len; j++)
				dropped += drop_dead_decls(p->parsers.items[i]->states.items[j]->body, &u->vars);
		}
		for (int i = 0; i < p->controls.len; i++)
			dropped += drop_dead_decls(p->controls.items[i]->body, &u->vars);
	} while (dropped);
}

/* Keeps the locals still declared or referenced. */
typedef struct Live {
	IrProgram *p;
	Marks vars;
} Live;

static void live_stmt(IrVisitor *v, IrStmt *s)
{
	Live *l = v->ctx;
	if (s->var)
		mark(l->p, &l->vars, s->var);
	if (s->hit_var)
		mark(l->p, &l->vars, s->hit_var);
}

static void live_expr(IrVisitor *v, IrExpr **slot)
{
	Live *l = v->ctx;
	if ((*slot)->kind == IE_VAR)
		mark(l->p, &l->vars, (*slot)->var);
}

/* States that no transition reaches from start. */
static void remove_unreachable_states(IrProgram *p, IrParser *ps)
{
	Marks seen = {0};
	if (!ps->states.len)
		return;
	mark(p, &seen, ps->states.items[0]);
	for (int i = 0; i < seen.items.len; i++) {
		const IrState *s = seen.items.items[i];
		mark(p, &seen, s->next);
		for (int j = 0; j < s->cases.len; j++)
			mark(p, &seen, s->cases.items[j]->next);
	}
	KEEP_MARKED(p, ps->states, seen);
}

static int pass_remove_unused(IrProgram *p)
{
	Usage u = {.p = p};
	find_usage(p, &u);
	for (int i = 0; i < p->controls.len; i++) {
		IrControl *c = p->controls.items[i];
		KEEP_MARKED(p, c->tables, u.tables);
		KEEP_MARKED(p, c->actions, u.actions);
	}
	KEEP_MARKED(p, p->tables, u.tables);
	for (int i = 0; i < p->parsers.len; i++)
		remove_unreachable_states(p, p->parsers.items[i]);
	KEEP_MARKED(p, p->actions, u.actions);
	KEEP_MARKED(p, p->functions, u.functions);

	drop_all_dead_decls(p, &u);

	Live l = {.p = p};
	IrVisitor v = {.ctx = &l, .expr = live_expr, .stmt = live_stmt};
	ir_visit_program(p, &v);
	for (int i = 0; i < p->functions.len; i++)
		KEEP_MARKED(p, p->functions.items[i]->locals, l.vars);
	for (int i = 0; i < p->actions.len; i++)
		KEEP_MARKED(p, p->actions.items[i]->locals, l.vars);
	for (int i = 0; i < p->parsers.len; i++)
		KEEP_MARKED(p, p->parsers.items[i]->locals, l.vars);
	for (int i = 0; i < p->controls.len; i++)
		KEEP_MARKED(p, p->controls.items[i]->locals, l.vars);
	return 0;
}

/* ---- assign-ids ---- */

/* Action ids 1..n in program order, which lowering made NoAction's first. */
static int pass_assign_ids(IrProgram *p)
{
	for (int i = 0; i < p->actions.len; i++)
		p->actions.items[i]->id = i + 1;
	return 0;
}

/* ---- the table ---- */

static int pass_verify(IrProgram *p)
{
	return ir_verify(p, true);
}

/* ORDER: the order they run in. */
static const IrPass passes[] = {
	{"lower", "typed AST to IR: bind main's package, instantiate blocks, resolve names, specialise generics",
	 lower_program},
	{"const-fold", "fold expressions over constants into constants", pass_const_fold},
	{"simplify", "flatten blocks, remove dead branches, constant switches and unreachable statements",
	 pass_simplify},
	{"inline-parsers", "make the states of a parser applied from a parser part of the caller",
	 ir_inline_parsers},
	{"remove-unused", "remove tables never applied, unused actions and functions, locals never read, "
			  "unreachable parser states",
	 pass_remove_unused},
	{"layout", "lay out types on the wire and in storage, table keys and values, action data", ir_layout},
	{"assign-ids", "number the actions 1..n program-wide (NoAction first)", pass_assign_ids},
	{"verify", "check the IR's structure: references, types, widths, names, ids", pass_verify},
};

const IrPass *ir_passes(int *n)
{
	*n = (int)(sizeof(passes) / sizeof(passes[0]));
	return passes;
}

const IrPass *ir_pass_find(const char *name)
{
	int n;
	const IrPass *all = ir_passes(&n);
	for (int i = 0; i < n; i++)
		if (strcmp(all[i].name, name) == 0)
			return &all[i];
	return NULL;
}

void ir_pass_names(StrBuf *out)
{
	int n;
	const IrPass *all = ir_passes(&n);
	for (int i = 0; i < n; i++)
		strbuf_printf(out, "%s%s", i ? ", " : "", all[i].name);
}

int ir_run_passes(IrProgram *p, const char *stop_after)
{
	int n;
	const IrPass *all = ir_passes(&n);
	for (int i = 0; i < n; i++) {
		int errors = all[i].run(p);
		if (errors)
			return errors;
#ifdef P4EBPF_DEBUG
		ir_verify(p, true);
#else
		if (getenv("P4EBPF_VERIFY_IR"))
			ir_verify(p, true);
#endif
		if (stop_after && strcmp(stop_after, all[i].name) == 0)
			break;
	}
	return 0;
}
