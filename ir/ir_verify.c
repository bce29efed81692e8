/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* ir_verify.c: structural checks of the IR. A violation is a compiler bug,
 * never a user error: debug builds run this after every pass and stop at
 * the first violation with BUG().
 *
 * Checked: every variable an expression uses belongs to the block it is
 * used in (its parameters and locals; in an action also its control's);
 * every table, action, extern, function, parser, control and state used is
 * in the program; operand types agree (assignments, arithmetic, fields of
 * their aggregate, slices within their operand, isValid of headers); widths
 * are positive where they must be; names are unique in their name space;
 * action ids are unique (once assigned); layouts fit (once laid out). */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "ir.h"

typedef struct Verify {
	const IrProgram *p;
	bool report;
	int errors;
	const char *where;
	/* the variables visible where we are */
	const IrVar *const *vars[4];
	int nvars[4];
	int nsets;
	const IrParser *parser;
} Verify;

static void fail(Verify *v, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void fail(Verify *v, const char *fmt, ...)
{
	v->errors++;
	if (!v->report)
		return;
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	BUG("IR verification failed in %s: %s", v->where ? v->where : "the program", msg);
}

#define IN_VEC(vec, x) in_list((const void *const *)(vec).items, (vec).len, (x))

static bool in_list(const void *const *items, int n, const void *x)
{
	for (int i = 0; i < n; i++)
		if (items[i] == x)
			return true;
	return false;
}

static bool var_visible(const Verify *v, const IrVar *var)
{
	for (int s = 0; s < v->nsets; s++)
		if (in_list((const void *const *)v->vars[s], v->nvars[s], var))
			return true;
	return false;
}

static bool is_arith(int op)
{
	switch ((Operator)op) {
	case OP_MUL:
	case OP_DIV:
	case OP_MOD:
	case OP_ADD:
	case OP_SUB:
	case OP_ADD_SAT:
	case OP_SUB_SAT:
	case OP_BAND:
	case OP_BXOR:
	case OP_BOR: return true;
	default: return false;
	}
}

static bool is_compare(int op)
{
	switch ((Operator)op) {
	case OP_LE:
	case OP_GE:
	case OP_LT:
	case OP_GT:
	case OP_NE:
	case OP_EQ:
	case OP_AND:
	case OP_OR: return true;
	default: return false;
	}
}

static void check_type(Verify *v, const IrType *t)
{
	if (!t) {
		fail(v, "an expression without a type");
		return;
	}
	if ((t->kind == IT_BITS && t->width < 0) || (t->kind == IT_VARBIT && t->width <= 0))
		fail(v, "a negative width");
	if (t->kind == IT_STACK && (!t->elem || t->size < 0))
		fail(v, "a stack without element type or size");
}

static void check_expr(Verify *v, const IrExpr *e)
{
	const IrProgram *p = v->p;
	if (!e)
		return;
	check_type(v, e->type);
	check_expr(v, e->a);
	check_expr(v, e->b);
	check_expr(v, e->c);
	for (int i = 0; i < e->args.len; i++)
		check_expr(v, e->args.items[i]);
	switch (e->kind) {
	case IE_CONST:
		if (!e->value)
			fail(v, "a constant without a value");
		break;
	case IE_VAR:
		if (!e->var)
			fail(v, "a variable reference without a variable");
		else if (!var_visible(v, e->var))
			fail(v, "variable '%s' is not a parameter or local of this block", e->var->name);
		else if (e->type != e->var->type && !ir_type_equal(e->type, e->var->type))
			fail(v, "a reference to '%s' has another type than the variable", e->var->name);
		break;
	case IE_FIELD:
		if (!e->field || !e->a || !IN_VEC(e->a->type->fields, e->field))
			fail(v, "field '%s' is not a field of its base's type", e->field ? e->field->name : "?");
		else if (!ir_type_equal(e->type, e->field->type))
			fail(v, "field '%s' has another type than its reference", e->field->name);
		break;
	case IE_INDEX:
	case IE_STACK_NEXT:
	case IE_STACK_LAST:
	case IE_STACK_LAST_INDEX:
		if (!e->a || e->a->type->kind != IT_STACK)
			fail(v, "%s of something that is not a stack", ir_expr_kind_name(e->kind));
		else if (e->kind != IE_STACK_LAST_INDEX && !ir_type_equal(e->type, e->a->type->elem))
			fail(v, "%s has another type than the stack's elements", ir_expr_kind_name(e->kind));
		break;
	case IE_BINARY:
		if (!e->a || !e->b) {
			fail(v, "a binary operator without two operands");
			break;
		}
		if (is_compare(e->op) && e->type->kind != IT_BOOL)
			fail(v, "comparison '%s' is not boolean", op_spelling((Operator)e->op));
		if (is_arith(e->op) && (!ir_type_equal(e->a->type, e->type) || !ir_type_equal(e->b->type, e->type)))
			fail(v, "the operands of '%s' have another type than its result", op_spelling((Operator)e->op));
		if (e->op == OP_CONCAT && e->type->kind == IT_BITS && e->a->type->kind == IT_BITS &&
		    e->b->type->kind == IT_BITS && e->a->type->width + e->b->type->width != e->type->width)
			fail(v, "the width of '++' is not the sum of its operands'");
		break;
	case IE_SLICE:
		if (e->hi < e->lo || e->lo < 0 || (e->a->type->kind == IT_BITS && e->hi >= e->a->type->width))
			fail(v, "a slice outside its operand");
		else if (e->type->kind == IT_BITS && e->type->width != e->hi - e->lo + 1)
			fail(v, "a slice's type has another width than the slice");
		break;
	case IE_IS_VALID:
		if (!e->a || !ir_type_is_header_like(e->a->type))
			fail(v, "isValid() of something that is not a header or union");
		break;
	case IE_CALL: {
		const IrCall *c = e->call;
		if (!c) {
			fail(v, "a call without a callee");
			break;
		}
		if (c->kind == IC_FUNCTION && !IN_VEC(p->functions, c->function))
			fail(v, "function '%s' is not in the program", c->name);
		if (c->instance && !IN_VEC(p->externs, c->instance))
			fail(v, "extern instance '%s' is not in the program", c->instance->name);
		if (c->args.len != c->dirs.len)
			fail(v, "call of '%s' has arguments and directions that do not match", c->name);
		check_expr(v, c->receiver);
		for (int i = 0; i < c->args.len; i++)
			check_expr(v, c->args.items[i]);
		break;
	}
	case IE_STRUCT: {
		int n = e->type->kind == IT_STACK ? e->type->size : e->type->fields.len;
		if (e->type->kind != IT_LIST && e->args.len != n)
			fail(v, "a structure-valued expression with the wrong number of members");
		break;
	}
	default: break;
	}
}

static void check_action_ref(Verify *v, const IrAction *a)
{
	if (!a || !IN_VEC(v->p->actions, a))
		fail(v, "action '%s' is not in the program", a ? a->name : "?");
}

static void check_stmt(Verify *v, const IrStmt *s)
{
	const IrProgram *p = v->p;
	if (!s)
		return;
	check_expr(v, s->lhs);
	check_expr(v, s->rhs);
	check_expr(v, s->expr);
	for (int i = 0; i < s->args.len; i++)
		check_expr(v, s->args.items[i]);
	switch (s->kind) {
	case IS_DECLARE:
		if (!s->var || !var_visible(v, s->var))
			fail(v, "declared variable '%s' is not a local of this block", s->var ? s->var->name : "?");
		else if (s->rhs && !ir_type_equal(s->rhs->type, s->var->type))
			fail(v, "the initialiser of '%s' has another type", s->var->name);
		break;
	case IS_ASSIGN:
		if (!s->lhs || !s->rhs)
			fail(v, "an assignment without two sides");
		else if (!ir_type_equal(s->lhs->type, s->rhs->type))
			fail(v, "the two sides of an assignment have different types");
		break;
	case IS_IF:
		if (!s->expr || s->expr->type->kind != IT_BOOL)
			fail(v, "an if whose condition is not boolean");
		break;
	case IS_APPLY:
		if (!s->table || !IN_VEC(p->tables, s->table))
			fail(v, "table '%s' is not in the program", s->table ? s->table->name : "?");
		if (s->hit_var && !var_visible(v, s->hit_var))
			fail(v, "hit variable '%s' is not a local of this block", s->hit_var->name);
		for (int i = 0; i < s->cases.len; i++)
			for (int j = 0; j < s->cases.items[i]->actions.len; j++)
				check_action_ref(v, s->cases.items[i]->actions.items[j]);
		break;
	case IS_CALL_ACTION:
		check_action_ref(v, s->action);
		if (s->action && s->args.len != s->action->params.len)
			fail(v, "call of action '%s' with the wrong number of arguments", s->action->name);
		break;
	case IS_CALL:
		if (!s->expr || s->expr->kind != IE_CALL)
			fail(v, "a call statement without a call");
		break;
	case IS_APPLY_BLOCK:
		if (!(s->control && IN_VEC(p->controls, s->control)) && !(s->parser && IN_VEC(p->parsers, s->parser)))
			fail(v, "an applied block is not in the program");
		break;
	case IS_EXTRACT:
	case IS_EMIT:
	case IS_SET_VALID:
	case IS_SET_INVALID:
		if (!s->lhs || !ir_type_is_header_like(s->lhs->type))
			fail(v, "%s of something that is not a header", ir_stmt_kind_name(s->kind));
		break;
	case IS_PUSH_FRONT:
	case IS_POP_FRONT:
		if (!s->lhs || s->lhs->type->kind != IT_STACK || s->count <= 0)
			fail(v, "%s of something that is not a stack, or by a count that is not positive", ir_stmt_kind_name(s->kind));
		break;
	case IS_FOR_IN:
		if (!s->var || !var_visible(v, s->var))
			fail(v, "loop variable is not a local of this block");
		break;
	default: break;
	}
	check_stmt(v, s->init);
	for (int i = 0; i < s->body.len; i++)
		check_stmt(v, s->body.items[i]);
	check_stmt(v, s->then);
	check_stmt(v, s->els);
	check_stmt(v, s->update);
	for (int i = 0; i < s->cases.len; i++)
		check_stmt(v, s->cases.items[i]->body);
}

/* Adds a vector of variables to the visible ones. */
#define ADD_VARS(v, vec)                                                                           \
	do {                                                                                       \
		(v)->vars[(v)->nsets] = (const IrVar *const *)(vec).items;                         \
		(v)->nvars[(v)->nsets++] = (vec).len;                                              \
	} while (0)

/* Variable names in one block's name space. */
static void check_var_names(Verify *v, const IrVar *const *a, int n, const IrVar *const *b, int m)
{
	for (int i = 0; i < n + m; i++)
		for (int j = i + 1; j < n + m; j++) {
			const IrVar *x = i < n ? a[i] : b[i - n], *y = j < n ? a[j] : b[j - n];
			if (x != y && strcmp(x->name, y->name) == 0)
				fail(v, "two variables are named '%s'", x->name);
		}
}

static void check_action(Verify *v, const IrAction *a, const IrControl *c)
{
	v->where = arena_printf(v->p->arena, "action %s", a->name);
	v->nsets = 0;
	ADD_VARS(v, a->params);
	ADD_VARS(v, a->locals);
	if (c) {
		ADD_VARS(v, c->params);
		ADD_VARS(v, c->locals);
	}
	check_var_names(v, (const IrVar *const *)a->params.items, a->params.len, (const IrVar *const *)a->locals.items,
			a->locals.len);
	bool data = false;
	for (int i = 0; i < a->params.len; i++) {
		if (a->params.items[i]->kind == IV_ACTION_DATA)
			data = true;
		else if (data)
			fail(v, "a directional parameter after action data");
	}
	check_stmt(v, a->body);
}

static void check_table(Verify *v, const IrTable *t)
{
	v->where = arena_printf(v->p->arena, "table %s", t->name);
	for (int i = 0; i < t->keys.len; i++) {
		const IrKey *k = t->keys.items[i];
		check_expr(v, k->expr);
		if (k->width <= 0)
			fail(v, "key '%s' has no positive width", k->p4_name);
		if (v->p->laid_out && (k->offset < 0 || k->offset + k->size > t->key_size))
			fail(v, "key '%s' is outside the key struct", k->p4_name);
	}
	for (int i = 0; i < t->actions.len; i++)
		check_action_ref(v, t->actions.items[i]->action);
	if (t->default_action)
		check_action_ref(v, t->default_action);
	for (int i = 0; i < t->entries.len; i++) {
		const IrEntry *e = t->entries.items[i];
		if (e->keys.len != t->keys.len)
			fail(v, "an entry has another number of keysets than the table has keys");
		check_action_ref(v, e->action);
	}
}

static void check_names(Verify *v)
{
	const IrProgram *p = v->p;
	IR_VEC(const char *) names = {0};
	Arena *arena = p->arena;
#define ADD_NAMES(vec)                                                                             \
	for (int i = 0; i < (vec).len; i++)                                                        \
		IR_PUSH(arena, names, (vec).items[i]->name);
	ADD_NAMES(p->actions);
	ADD_NAMES(p->tables);
	ADD_NAMES(p->externs);
	ADD_NAMES(p->value_sets);
	ADD_NAMES(p->functions);
	ADD_NAMES(p->parsers);
	ADD_NAMES(p->controls);
	for (int i = 0; i < p->types.len; i++)
		if (p->types.items[i]->kind != IT_STACK)
			IR_PUSH(arena, names, p->types.items[i]->name);
#undef ADD_NAMES
	v->where = NULL;
	for (int i = 0; i < names.len; i++)
		for (int j = i + 1; j < names.len; j++)
			if (strcmp(names.items[i], names.items[j]) == 0)
				fail(v, "two program-wide entities are named '%s'", names.items[i]);
	for (int i = 0; i < p->actions.len; i++)
		for (int j = i + 1; j < p->actions.len; j++)
			if (p->actions.items[i]->id && p->actions.items[i]->id == p->actions.items[j]->id)
				fail(v, "actions '%s' and '%s' have the same id", p->actions.items[i]->name,
				     p->actions.items[j]->name);
}

int ir_verify(const IrProgram *p, bool report)
{
	Verify v = {.p = p, .report = report};
	check_names(&v);
	for (int i = 0; i < p->functions.len; i++) {
		const IrFunction *f = p->functions.items[i];
		v.where = arena_printf(p->arena, "function %s", f->name);
		v.nsets = 0;
		ADD_VARS(&v, f->params);
		ADD_VARS(&v, f->locals);
		check_stmt(&v, f->body);
	}
	for (int i = 0; i < p->actions.len; i++)
		if (p->actions.items[i]->is_top_level)
			check_action(&v, p->actions.items[i], NULL);
	for (int i = 0; i < p->parsers.len; i++) {
		const IrParser *ps = p->parsers.items[i];
		v.where = arena_printf(p->arena, "parser %s", ps->name);
		v.nsets = 0;
		ADD_VARS(&v, ps->params);
		ADD_VARS(&v, ps->locals);
		check_var_names(&v, (const IrVar *const *)ps->params.items, ps->params.len,
				(const IrVar *const *)ps->locals.items, ps->locals.len);
		check_stmt(&v, ps->init);
		for (int j = 0; j < ps->states.len; j++) {
			const IrState *st = ps->states.items[j];
			v.where = arena_printf(p->arena, "parser %s, state %s", ps->name, st->name);
			check_stmt(&v, st->body);
			for (int k = 0; k < st->select.len; k++)
				check_expr(&v, st->select.items[k]);
			if (st->next && !IN_VEC(ps->states, st->next))
				fail(&v, "transition to state '%s' of another parser", st->next->name);
			if (!st->has_select && !st->next &&
			    (!st->next_name || (strcmp(st->next_name, "accept") != 0 && strcmp(st->next_name, "reject") != 0)))
				fail(&v, "transition to unknown state '%s'", st->next_name);
			for (int k = 0; k < st->cases.len; k++) {
				const IrSelectCase *c = st->cases.items[k];
				if (c->keysets.len != st->select.len)
					fail(&v, "a select case has another number of keysets than the select has keys");
				if (c->next && !IN_VEC(ps->states, c->next))
					fail(&v, "select case goes to state '%s' of another parser", c->next->name);
			}
		}
	}
	for (int i = 0; i < p->controls.len; i++) {
		const IrControl *c = p->controls.items[i];
		for (int j = 0; j < c->actions.len; j++) {
			if (!IN_VEC(p->actions, c->actions.items[j]))
				fail(&v, "action '%s' of a control is not in the program", c->actions.items[j]->name);
			check_action(&v, c->actions.items[j], c);
		}
		v.nsets = 0;
		ADD_VARS(&v, c->params);
		ADD_VARS(&v, c->locals);
		for (int j = 0; j < c->tables.len; j++) {
			if (!IN_VEC(p->tables, c->tables.items[j]))
				fail(&v, "table '%s' of a control is not in the program", c->tables.items[j]->name);
			check_table(&v, c->tables.items[j]);
		}
		v.where = arena_printf(p->arena, "control %s", c->name);
		check_var_names(&v, (const IrVar *const *)c->params.items, c->params.len,
				(const IrVar *const *)c->locals.items, c->locals.len);
		check_stmt(&v, c->body);
	}
	return v.errors;
}
