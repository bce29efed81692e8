/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* inline_parsers.c: the `inline-parsers` pass. A parser instance applied in
 * a state (`sub.apply(packet, hdr, x);`) becomes part of the calling parser,
 * as P4's semantics of a sub-parser describe it (spec, "Invoking parsers"):
 *
 *   state s { a; sub.apply(args); b; transition t; }
 * becomes
 *   state s { a; copy-in; sub's initialisers; transition sub_start; }
 *   sub's states, renamed; their accept goes to s_after_sub
 *   state s_after_sub { copy-out; b; transition t; }
 *
 * and sub's reject rejects the caller. `in` arguments are copied into new
 * locals when the call starts, `out` ones are new locals (headers invalid)
 * copied out when the sub-parser accepts, and `inout` ones (the headers,
 * typically) are used in place, so the callee extracts straight into the
 * caller's headers and the backend sees one state machine: one function,
 * header offsets it can follow, no copies. An `out` header is made invalid
 * and then used in place too. In place differs from copy-in/copy-out only
 * when two arguments alias each other.
 *
 * Nested instances come after their parent in IrProgram.parsers, so walking
 * the list backwards inlines a sub-parser's own sub-parsers first. Inlined
 * instances leave the list. */
#include <string.h>

#include "ir.h"

typedef struct VarMap {
	IR_VEC(IrVar *) from;
	IR_VEC(IrExpr *) to;  /* an expression copied at every use */
} VarMap;

typedef struct Inliner {
	IrProgram *p;
	IrParser *caller;
	IrNames *state_names;
	IrNames *var_names;
	VarMap map;
	IR_VEC(IrState *) from_states, to_states;
} Inliner;

/* ---- renaming ---- */

static IrExpr *mapped(Inliner *in, const IrVar *v)
{
	for (int i = 0; i < in->map.from.len; i++)
		if (in->map.from.items[i] == v)
			return in->map.to.items[i];
	return NULL;
}

static void map_var(Inliner *in, IrVar *from, IrExpr *to)
{
	IR_PUSH(in->p->arena, in->map.from, from);
	IR_PUSH(in->p->arena, in->map.to, to);
}

static void rename_expr(IrVisitor *v, IrExpr **slot)
{
	Inliner *in = v->ctx;
	if ((*slot)->kind != IE_VAR)
		return;
	IrExpr *to = mapped(in, (*slot)->var);
	if (to)
		*slot = ir_expr_copy(in->p, to);
}

static void rename_stmt(IrVisitor *v, IrStmt *s)
{
	Inliner *in = v->ctx;
	if (s->var) {
		IrExpr *to = mapped(in, s->var);
		if (to && to->kind == IE_VAR)
			s->var = to->var;
	}
}

static IrStmt *copy_renamed(Inliner *in, const IrStmt *s)
{
	IrStmt *n = ir_stmt_copy(in->p, s);
	IrVisitor v = {.ctx = in, .stmt = rename_stmt, .expr = rename_expr};
	ir_visit_stmt(&v, n);
	return n;
}

static IrExpr *copy_renamed_expr(Inliner *in, const IrExpr *e)
{
	IrExpr *n = ir_expr_copy(in->p, e);
	IrVisitor v = {.ctx = in, .expr = rename_expr};
	ir_visit_expr(&v, &n);
	return n;
}

/* A new local of the caller for something of the callee. */
static IrVar *new_local(Inliner *in, const char *prefix, const IrVar *of)
{
	IrProgram *p = in->p;
	const char *name = ir_names_unique(in->var_names, arena_printf(p->arena, "%s_%s", prefix, of->name));
	IrVar *v = ir_var_new(p, IV_LOCAL, name, of->p4_name, of->type, of->loc);
	IR_PUSH(p->arena, in->caller->locals, v);
	return v;
}

/* ---- one call ---- */

static void goes_to(IrState *st, IrState *next)
{
	st->has_select = false;
	memset(&st->select, 0, sizeof(st->select));
	memset(&st->cases, 0, sizeof(st->cases));
	st->next = next;
	st->next_name = next->name;
}

static IrState *state_for(Inliner *in, const IrState *st)
{
	for (int i = 0; i < in->from_states.len; i++)
		if (in->from_states.items[i] == st)
			return in->to_states.items[i];
	return NULL;
}

/* Where a callee's transition goes: its state's copy, the continuation for
 * accept, reject as it was. */
static void retarget(Inliner *in, IrState **next, const char **name, IrState *cont)
{
	if (*next) {
		*next = state_for(in, *next);
		*name = (*next)->name;
	} else if (*name && strcmp(*name, "accept") == 0) {
		*next = cont;
		*name = cont->name;
	}
}

/* A new state of the caller named after st, with st's transition; the
 * caller adds it to the parser's states. */
static IrState *new_state(Inliner *in, const IrState *st, const char *what, IrStmt *body)
{
	IrState *n = arena_alloc(in->p->arena, sizeof(*n));
	*n = *st;
	n->name = ir_names_unique(in->state_names, arena_printf(in->p->arena, "%s_%s", st->name, what));
	n->body = body;
	return n;
}

/* Binds the callee's parameters: statements that pass the arguments in go
 * to `before`, those that pass `out` values back to `cont`. */
static void bind_arguments(Inliner *in, const IrStmt *call, const char *prefix, IrStmt *before, IrStmt *cont)
{
	IrProgram *p = in->p;
	const IrParser *sub = call->parser;
	for (int i = 0; i < sub->params.len && i < call->args.len; i++) {
		IrVar *param = sub->params.items[i];
		IrExpr *arg = call->args.items[i];
		if (param->type->kind == IT_EXTERN || param->direction == IRD_INOUT) {
			map_var(in, param, arg);
			continue;
		}
		if (param->direction == IRD_OUT && param->type->kind == IT_HEADER) {
			/* Invalid from the start, then extracted in place. */
			IrStmt *inv = ir_stmt_new(p, IS_SET_INVALID, call->loc);
			inv->lhs = ir_expr_copy(p, arg);
			ir_block_add(p, before, inv);
			map_var(in, param, arg);
			continue;
		}
		IrVar *local = new_local(in, prefix, param);
		IrExpr *ref = ir_var_ref(p, local, param->loc);
		map_var(in, param, ref);
		if (param->direction == IRD_OUT) {
			IrStmt *d = ir_stmt_new(p, IS_DECLARE, call->loc); /* headers invalid, the rest zero */
			d->var = local;
			ir_block_add(p, before, d);
			ir_block_add(p, cont, ir_assign(p, ir_expr_copy(p, arg), ir_expr_copy(p, ref), call->loc));
		} else {
			ir_block_add(p, before, ir_assign(p, ir_expr_copy(p, ref), ir_expr_copy(p, arg), call->loc));
		}
	}
	for (int i = 0; i < sub->locals.len; i++) {
		IrVar *local = new_local(in, prefix, sub->locals.items[i]);
		map_var(in, sub->locals.items[i], ir_var_ref(p, local, local->loc));
	}
	if (sub->init)
		for (int i = 0; i < sub->init->body.len; i++)
			ir_block_add(p, before, copy_renamed(in, sub->init->body.items[i]));
}

/* Copies of the callee's states, renamed, their accept going to cont. */
static void copy_states(Inliner *in, const IrParser *sub, const char *prefix, IrState *cont)
{
	IrProgram *p = in->p;
	for (int i = 0; i < sub->states.len; i++) {
		const IrState *from = sub->states.items[i];
		IrState *to = arena_alloc(p->arena, sizeof(*to));
		*to = *from;
		to->name = ir_names_unique(in->state_names, arena_printf(p->arena, "%s_%s", prefix, from->name));
		IR_PUSH(p->arena, in->from_states, (IrState *)from);
		IR_PUSH(p->arena, in->to_states, to);
	}
	/* Transitions once every copy exists: they may go forward. */
	for (int i = 0; i < in->to_states.len; i++) {
		IrState *to = in->to_states.items[i];
		const IrState *from = in->from_states.items[i];
		to->body = copy_renamed(in, from->body);
		memset(&to->select, 0, sizeof(to->select));
		for (int j = 0; j < from->select.len; j++)
			IR_PUSH(p->arena, to->select, copy_renamed_expr(in, from->select.items[j]));
		memset(&to->cases, 0, sizeof(to->cases));
		for (int j = 0; j < from->cases.len; j++) {
			IrSelectCase *c = arena_alloc(p->arena, sizeof(*c));
			*c = *from->cases.items[j];
			retarget(in, &c->next, &c->next_name, cont);
			IR_PUSH(p->arena, to->cases, c);
		}
		retarget(in, &to->next, &to->next_name, cont);
		IR_PUSH(p->arena, in->caller->states, to);
	}
}

/* Inlines the call st->body.items[k]; its continuation state is added after
 * the callee's states, so the caller's loop over states reaches it. */
static void inline_call(Inliner *in, IrState *st, int k)
{
	IrProgram *p = in->p;
	IrStmt *call = st->body->body.items[k];
	const IrParser *sub = call->parser;
	const char *dot = strrchr(sub->p4_name, '.');
	const char *prefix = dot ? dot + 1 : sub->p4_name; /* the instance's own name */
	in->map.from.len = in->map.to.len = 0;
	in->from_states.len = in->to_states.len = 0;

	/* The continuation: what followed the call, and st's transition. */
	IrState *cont = new_state(in, st, arena_printf(p->arena, "after_%s", prefix), ir_block_new(p, call->loc));
	cont->loc = call->loc;
	IrStmt *before = ir_block_new(p, st->body->loc);
	for (int i = 0; i < k; i++)
		ir_block_add(p, before, st->body->body.items[i]);
	bind_arguments(in, call, prefix, before, cont->body);
	for (int i = k + 1; i < st->body->body.len; i++)
		ir_block_add(p, cont->body, st->body->body.items[i]);

	copy_states(in, sub, prefix, cont);
	IR_PUSH(p->arena, in->caller->states, cont);
	for (int i = 0; i < sub->value_sets.len; i++)
		IR_PUSH(p->arena, in->caller->value_sets, sub->value_sets.items[i]);

	/* st now ends by starting the callee. */
	st->body = before;
	goes_to(st, in->to_states.items[0]);
}

static IrFind applies_parser(const IrStmt *s, const void *sub)
{
	return s->kind == IS_APPLY_BLOCK && s->parser && (!sub || s->parser == sub) ? IR_FIND_YES : IR_FIND_NO;
}

/* Whether s applies the parser `sub` (any parser when NULL). */
static bool applies(const IrStmt *s, const IrParser *sub)
{
	return ir_stmt_any(s, applies_parser, sub);
}

static IrStmt *branch_body(IrProgram *p, IrStmt *s, Loc loc)
{
	if (s && s->kind == IS_BLOCK)
		return s;
	IrStmt *b = ir_block_new(p, loc);
	ir_block_add(p, b, s);
	return b;
}

/* state st { a; if (c) T else E; b; transition t; } becomes
 *   st { a; st_cond = c; transition select(st_cond) { true: st_then; default: st_else; } }
 *   st_then { T } and st_else { E }, both going to st_rest { b; transition t; }
 * so that a sub-parser call in T or E is at the top of a state. */
static void split_if(Inliner *in, IrState *st, int k)
{
	IrProgram *p = in->p;
	IrStmt *ifs = st->body->body.items[k];
	IrStmt *rest = ir_block_new(p, ifs->loc);
	for (int i = k + 1; i < st->body->body.len; i++)
		ir_block_add(p, rest, st->body->body.items[i]);
	IrState *after = new_state(in, st, "rest", rest);
	IrState *then = new_state(in, st, "then", branch_body(p, ifs->then, ifs->loc));
	IrState *els = ifs->els ? new_state(in, st, "else", branch_body(p, ifs->els, ifs->loc)) : after;
	IR_PUSH(p->arena, in->caller->states, after);
	IR_PUSH(p->arena, in->caller->states, then);
	if (els != after)
		IR_PUSH(p->arena, in->caller->states, els);
	goes_to(then, after);
	if (els != after)
		goes_to(els, after);

	IrType *bool_t = ir_type_basic(p, IT_BOOL);
	IrVar *cond = ir_var_new(p, IV_TEMP, ir_names_unique(in->var_names, arena_printf(p->arena, "%s_cond", st->name)),
				 "cond", bool_t, ifs->loc);
	IR_PUSH(p->arena, in->caller->locals, cond);
	st->body->body.len = k;
	ir_block_add(p, st->body, ir_assign(p, ir_var_ref(p, cond, ifs->loc), ifs->expr, ifs->loc));
	st->has_select = true;
	memset(&st->select, 0, sizeof(st->select));
	IR_PUSH(p->arena, st->select, ir_var_ref(p, cond, ifs->loc));
	memset(&st->cases, 0, sizeof(st->cases));
	IrSelectCase *yes = arena_alloc(p->arena, sizeof(*yes)), *no = arena_alloc(p->arena, sizeof(*no));
	IrKeyset *kt = arena_alloc(p->arena, sizeof(*kt)), *kd = arena_alloc(p->arena, sizeof(*kd));
	kt->kind = IKS_VALUE;
	kt->value = value_bool(p->pool, true);
	kd->kind = IKS_DONTCARE;
	IR_PUSH(p->arena, yes->keysets, kt);
	IR_PUSH(p->arena, no->keysets, kd);
	yes->next = then;
	yes->next_name = then->name;
	no->next = els;
	no->next_name = els->name;
	yes->loc = no->loc = ifs->loc;
	IR_PUSH(p->arena, st->cases, yes);
	IR_PUSH(p->arena, st->cases, no);
	st->next = NULL;
	st->next_name = NULL;
}

/* Brings the first sub-parser call in st's body to the top of a state:
 * inlines it when it is there, else opens the block or splits the `if`
 * around it. Returns 1 when something changed, 0 when st has no call, -1
 * on an error. */
static int step(Inliner *in, IrState *st)
{
	IrProgram *p = in->p;
	IrStmt *body = st->body;
	for (int k = 0; body && k < body->body.len; k++) {
		IrStmt *s = body->body.items[k];
		if (!applies(s, NULL))
			continue;
		switch (s->kind) {
		case IS_APPLY_BLOCK:
			inline_call(in, st, k);
			return 1;
		case IS_BLOCK: {
			IrStmt *flat = ir_block_new(p, body->loc);
			for (int i = 0; i < body->body.len; i++) {
				IrStmt *c = body->body.items[i];
				if (i != k) {
					ir_block_add(p, flat, c);
					continue;
				}
				for (int j = 0; j < c->body.len; j++)
					ir_block_add(p, flat, c->body.items[j]);
			}
			st->body = flat;
			return 1;
		}
		case IS_IF:
			split_if(in, st, k);
			return 1;
		default:
			diag_error(p->diag, s->loc, "a sub-parser applied inside a %s is not supported",
				   ir_stmt_kind_name(s->kind));
			return -1;
		}
	}
	return 0;
}

static int inline_into(IrProgram *p, IrParser *caller)
{
	Inliner in = {.p = p, .caller = caller};
	/* New states go to the end of the list, so the loop reaches them. */
	for (int i = 0; i < caller->states.len; i++) {
		IrState *st = caller->states.items[i];
		if (!applies(st->body, NULL))
			continue;
		if (!in.state_names) {
			in.state_names = ir_names_new(p->arena);
			in.var_names = ir_names_new(p->arena);
			ir_names_reserve(in.state_names, "accept");
			ir_names_reserve(in.state_names, "reject");
			for (int j = 0; j < caller->states.len; j++)
				ir_names_reserve(in.state_names, caller->states.items[j]->name);
			for (int j = 0; j < caller->params.len; j++)
				ir_names_reserve(in.var_names, caller->params.items[j]->name);
			for (int j = 0; j < caller->locals.len; j++)
				ir_names_reserve(in.var_names, caller->locals.items[j]->name);
		}
		int r;
		while ((r = step(&in, st)) > 0)
			;
		if (r < 0)
			return 1;
	}
	return 0;
}

static bool is_callee(IrProgram *p, const IrParser *ps)
{
	for (int i = 0; i < p->parsers.len; i++)
		for (int j = 0; j < p->parsers.items[i]->states.len; j++)
			if (applies(p->parsers.items[i]->states.items[j]->body, ps))
				return true;
	return false;
}

int ir_inline_parsers(IrProgram *p)
{
	int errors = 0;
	bool *callee = arena_alloc(p->arena, sizeof(bool) * (size_t)(p->parsers.len + 1));
	for (int i = 0; i < p->parsers.len; i++)
		callee[i] = is_callee(p, p->parsers.items[i]);
	for (int i = p->parsers.len - 1; i >= 0; i--)
		errors += inline_into(p, p->parsers.items[i]);
	int n = 0;
	for (int i = 0; i < p->parsers.len; i++)
		if (!callee[i])
			p->parsers.items[n++] = p->parsers.items[i];
	p->parsers.len = n;
	return errors;
}
