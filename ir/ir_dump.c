/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* ir_dump.c: the IR as text, for --dump-ir and --dump-ir-after=PASS.
 *
 * Sections in a fixed order: the program and its package binding, errors,
 * types with their layouts, externs, value sets, functions, parsers and
 * controls (actions with ids and data layouts, tables, bodies as pseudo-P4
 * over the unique names). Nothing depends on addresses or hash order, so
 * the same program always dumps to the same bytes. Layouts appear once the
 * layout pass ran.
 *
 * Notation: in a type, `@N` is a field's bit offset on the wire and `+N` its
 * byte offset in storage; an action data parameter's `+O:S` is its offset
 * and size in the table value; a key's `+O:S host|big` its place in the
 * map key. */
#include <stdlib.h>
#include <string.h>

#include "ir.h"

typedef struct Dump {
	StrBuf *out;
	const IrProgram *p;
	int indent;
	bool p4_names;
	bool hex; /* in keysets: unsigned numbers above 9 in hexadecimal */
} Dump;

static void put(Dump *d, const char *s)
{
	strbuf_puts(d->out, s);
}

static void printf_(Dump *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void printf_(Dump *d, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	strbuf_vprintf(d->out, fmt, ap);
	va_end(ap);
}

static void line_start(Dump *d)
{
	for (int i = 0; i < d->indent; i++)
		put(d, "    ");
}

/* Ends the block the last "{\n" opened. */
static void close_brace(Dump *d)
{
	d->indent--;
	line_start(d);
	put(d, "}\n");
}

static void type_text(StrBuf *out, const IrType *t)
{
	switch (t->kind) {
	case IT_BITS: strbuf_printf(out, "%s<%d>", t->is_signed ? "int" : "bit", t->width); return;
	case IT_VARBIT: strbuf_printf(out, "varbit<%d>", t->width); return;
	case IT_STACK:
		type_text(out, t->elem);
		strbuf_printf(out, "[%d]", t->size);
		return;
	case IT_LIST:
		strbuf_puts(out, "list<");
		type_text(out, t->elem);
		strbuf_puts(out, ">");
		return;
	case IT_TUPLE:
		strbuf_puts(out, "tuple<");
		for (int i = 0; i < t->fields.len; i++) {
			if (i)
				strbuf_puts(out, ", ");
			type_text(out, t->fields.items[i]->type);
		}
		strbuf_puts(out, ">");
		return;
	case IT_HEADER:
	case IT_UNION:
	case IT_STRUCT:
	case IT_ENUM:
	case IT_EXTERN: strbuf_puts(out, t->name ? t->name : "?"); return;
	default: strbuf_puts(out, ir_type_kind_name(t->kind)); return;
	}
}

void ir_type_text(StrBuf *out, const IrType *t)
{
	type_text(out, t);
}

static void type_(Dump *d, const IrType *t)
{
	type_text(d->out, t);
}

/* consteval's notation; in keysets, unsigned numbers above 9 in
 * hexadecimal with all their digits (masks and addresses read better):
 * 32w0x0a000000 &&& 32w0xff000000. */
static void value_(Dump *d, const Value *v)
{
	if (!v) {
		put(d, "?");
		return;
	}
	switch (v->kind) {
	case VAL_INT:
		if (d->hex && v->type.width > 0 && !v->type.is_signed && mpz_cmp_ui(v->num, 9) > 0) {
			char *hex = mpz_get_str(NULL, 16, v->num);
			int pad = (v->type.width + 3) / 4 - (int)strlen(hex);
			printf_(d, "%dw0x", v->type.width);
			for (int i = 0; i < pad; i++)
				put(d, "0");
			put(d, hex);
			free(hex);
			return;
		}
		break;
	case VAL_LIST:
		put(d, "{");
		for (int i = 0; i < v->n_items; i++) {
			if (i)
				put(d, ", ");
			value_(d, v->items[i]);
		}
		put(d, "}");
		return;
	case VAL_MASK:
	case VAL_RANGE:
		value_(d, v->items[0]);
		put(d, v->kind == VAL_MASK ? " &&& " : " .. ");
		value_(d, v->items[1]);
		return;
	default: break;
	}
	value_format(d->out, v);
}

static const char *dir_name(IrDirection dir)
{
	switch (dir) {
	case IRD_IN: return "in ";
	case IRD_OUT: return "out ";
	case IRD_INOUT: return "inout ";
	default: return "";
	}
}

/* ---- expressions ---- */

static void expr_(Dump *d, const IrExpr *e, bool nested);

static void args_(Dump *d, const IrExpr *const *args, int n)
{
	put(d, "(");
	for (int i = 0; i < n; i++) {
		if (i)
			put(d, ", ");
		if (args[i])
			expr_(d, args[i], false);
		else
			put(d, "/* omitted */");
	}
	put(d, ")");
}

static void call_(Dump *d, const IrCall *c)
{
	switch (c->kind) {
	case IC_FUNCTION: put(d, c->function ? c->function->name : c->name); break;
	case IC_EXTERN_FUNCTION: put(d, c->name); break;
	case IC_METHOD:
		if (c->instance)
			put(d, d->p4_names ? c->instance->p4_name : c->instance->name);
		else if (c->receiver)
			expr_(d, c->receiver, true);
		printf_(d, ".%s", c->name);
		break;
	}
	if (c->type_args.len) {
		put(d, "<");
		for (int i = 0; i < c->type_args.len; i++) {
			if (i)
				put(d, ", ");
			type_(d, c->type_args.items[i]);
		}
		put(d, ">");
	}
	args_(d, (const IrExpr *const *)c->args.items, c->args.len);
}

static void expr_(Dump *d, const IrExpr *e, bool nested)
{
	switch (e->kind) {
	case IE_CONST: value_(d, e->value); return;
	case IE_VAR: put(d, d->p4_names ? e->var->p4_name : e->var->name); return;
	case IE_FIELD:
		expr_(d, e->a, true);
		printf_(d, ".%s", e->field->name);
		return;
	case IE_INDEX:
		expr_(d, e->a, true);
		put(d, "[");
		expr_(d, e->b, false);
		put(d, "]");
		return;
	case IE_STACK_NEXT:
	case IE_STACK_LAST:
	case IE_STACK_LAST_INDEX:
		expr_(d, e->a, true);
		printf_(d, ".%s", ir_expr_kind_name(e->kind));
		return;
	case IE_UNARY:
		put(d, op_spelling((Operator)e->op));
		expr_(d, e->a, true);
		return;
	case IE_BINARY:
		if (nested)
			put(d, "(");
		expr_(d, e->a, true);
		printf_(d, " %s ", op_spelling((Operator)e->op));
		expr_(d, e->b, true);
		if (nested)
			put(d, ")");
		return;
	case IE_MUX:
		if (nested)
			put(d, "(");
		expr_(d, e->a, true);
		put(d, " ? ");
		expr_(d, e->b, true);
		put(d, " : ");
		expr_(d, e->c, true);
		if (nested)
			put(d, ")");
		return;
	case IE_CAST:
		if (nested)
			put(d, "(");
		put(d, "(");
		type_(d, e->type);
		put(d, ")");
		expr_(d, e->a, true);
		if (nested)
			put(d, ")");
		return;
	case IE_SLICE:
		expr_(d, e->a, true);
		printf_(d, "[%d:%d]", e->hi, e->lo);
		return;
	case IE_PART_SELECT:
		expr_(d, e->a, true);
		put(d, "[");
		expr_(d, e->b, false);
		printf_(d, " +: %d]", e->hi);
		return;
	case IE_IS_VALID:
		expr_(d, e->a, true);
		put(d, ".isValid()");
		return;
	case IE_LOOKAHEAD:
		put(d, "lookahead<");
		type_(d, e->type);
		put(d, ">()");
		return;
	case IE_PACKET_LENGTH: put(d, "length()"); return;
	case IE_CALL: call_(d, e->call); return;
	case IE_STRUCT:
		if (e->type->kind != IT_TUPLE && e->type->kind != IT_LIST) {
			put(d, "(");
			type_(d, e->type);
			put(d, ")");
		}
		put(d, "{");
		for (int i = 0; i < e->args.len; i++) {
			if (i)
				put(d, ", ");
			expr_(d, e->args.items[i], false);
		}
		put(d, "}");
		return;
	case IE_INVALID:
		put(d, "(");
		type_(d, e->type);
		put(d, "){#}");
		return;
	}
}

void ir_expr_text(StrBuf *out, const IrExpr *e, bool p4_names)
{
	Dump d = {.out = out, .p4_names = p4_names};
	expr_(&d, e, false);
}

/* ---- statements ---- */

static void stmt_(Dump *d, const IrStmt *s);

/* A statement as the body of if, case or loop: a block's contents. */
static void body_(Dump *d, const IrStmt *s)
{
	put(d, "{\n");
	d->indent++;
	if (s && s->kind == IS_BLOCK)
		for (int i = 0; i < s->body.len; i++)
			stmt_(d, s->body.items[i]);
	else if (s)
		stmt_(d, s);
	d->indent--;
	line_start(d);
	put(d, "}");
}

static void var_decl(Dump *d, const IrVar *v)
{
	type_(d, v->type);
	printf_(d, " %s", v->name);
}

static void cases_(Dump *d, const IrStmt *s)
{
	d->indent++;
	for (int i = 0; i < s->cases.len; i++) {
		const IrCase *c = s->cases.items[i];
		line_start(d);
		for (int j = 0; j < c->values.len; j++) {
			value_(d, c->values.items[j]);
			put(d, ": ");
		}
		for (int j = 0; j < c->actions.len; j++)
			printf_(d, "%s: ", c->actions.items[j]->name);
		if (c->is_default)
			put(d, "default: ");
		body_(d, c->body);
		put(d, "\n");
	}
	d->indent--;
}

static void lhs_stmt(Dump *d, const char *what, const IrStmt *s)
{
	printf_(d, "%s(", what);
	expr_(d, s->lhs, false);
	put(d, ");\n");
}

/* A for loop's initialisers or updates on one line: `i = 0, j = 1`. */
static void inline_stmts(Dump *d, const IrStmt *block)
{
	for (int i = 0; block && i < block->body.len; i++) {
		StrBuf sb = {0};
		Dump one = *d;
		one.out = &sb;
		one.indent = 0;
		stmt_(&one, block->body.items[i]);
		size_t n = sb.len;
		while (n && (sb.data[n - 1] == '\n' || sb.data[n - 1] == ';'))
			n--;
		if (i)
			put(d, ", ");
		strbuf_add(d->out, sb.data, n);
		strbuf_free(&sb);
	}
}

static void stmt_(Dump *d, const IrStmt *s)
{
	if (s->kind == IS_BLOCK) {
		line_start(d);
		body_(d, s);
		put(d, "\n");
		return;
	}
	line_start(d);
	switch (s->kind) {
	case IS_BLOCK: break;
	case IS_DECLARE:
		var_decl(d, s->var);
		if (s->rhs) {
			put(d, " = ");
			expr_(d, s->rhs, false);
		}
		put(d, ";\n");
		return;
	case IS_ASSIGN:
		expr_(d, s->lhs, false);
		put(d, " = ");
		expr_(d, s->rhs, false);
		put(d, ";\n");
		return;
	case IS_IF:
		put(d, "if (");
		expr_(d, s->expr, false);
		put(d, ") ");
		body_(d, s->then);
		if (s->els) {
			put(d, " else ");
			body_(d, s->els);
		}
		put(d, "\n");
		return;
	case IS_SWITCH:
		put(d, "switch (");
		expr_(d, s->expr, false);
		put(d, ") {\n");
		cases_(d, s);
		line_start(d);
		put(d, "}\n");
		return;
	case IS_APPLY:
		printf_(d, "apply %s", s->table ? s->table->name : "?");
		if (s->hit_var)
			printf_(d, " -> hit %s", s->hit_var->name);
		if (s->cases.len) {
			put(d, " switch action_run {\n");
			cases_(d, s);
			line_start(d);
			put(d, "}\n");
		} else {
			put(d, ";\n");
		}
		return;
	case IS_CALL_ACTION:
		put(d, s->action->name);
		args_(d, (const IrExpr *const *)s->args.items, s->args.len);
		put(d, ";\n");
		return;
	case IS_CALL:
		expr_(d, s->expr, false);
		put(d, ";\n");
		return;
	case IS_APPLY_BLOCK:
		printf_(d, "%s.apply", s->control ? s->control->name : s->parser ? s->parser->name : "?");
		args_(d, (const IrExpr *const *)s->args.items, s->args.len);
		put(d, ";\n");
		return;
	case IS_EXTRACT:
		put(d, "extract(");
		expr_(d, s->lhs, false);
		if (s->expr) {
			put(d, ", ");
			expr_(d, s->expr, false);
		}
		put(d, ");\n");
		return;
	case IS_ADVANCE:
		put(d, "advance(");
		expr_(d, s->expr, false);
		put(d, ");\n");
		return;
	case IS_VERIFY:
		put(d, "verify(");
		expr_(d, s->expr, false);
		put(d, ", ");
		expr_(d, s->rhs, false);
		put(d, ");\n");
		return;
	case IS_EMIT: lhs_stmt(d, "emit", s); return;
	case IS_SET_VALID:
		expr_(d, s->lhs, true);
		put(d, ".setValid();\n");
		return;
	case IS_SET_INVALID:
		expr_(d, s->lhs, true);
		put(d, ".setInvalid();\n");
		return;
	case IS_PUSH_FRONT:
	case IS_POP_FRONT:
		expr_(d, s->lhs, true);
		printf_(d, ".%s(%d);\n", ir_stmt_kind_name(s->kind), s->count);
		return;
	case IS_EXIT: put(d, "exit;\n"); return;
	case IS_RETURN:
		put(d, "return");
		if (s->expr) {
			put(d, " ");
			expr_(d, s->expr, false);
		}
		put(d, ";\n");
		return;
	case IS_BREAK: put(d, "break;\n"); return;
	case IS_CONTINUE: put(d, "continue;\n"); return;
	case IS_FOR:
		put(d, "for (");
		inline_stmts(d, s->init);
		put(d, "; ");
		if (s->expr)
			expr_(d, s->expr, false);
		put(d, "; ");
		inline_stmts(d, s->update);
		put(d, ") ");
		body_(d, s->then);
		put(d, "\n");
		return;
	case IS_FOR_IN:
		put(d, "for (");
		var_decl(d, s->var);
		put(d, " in ");
		if (s->expr) {
			expr_(d, s->expr, false);
		} else {
			expr_(d, s->lhs, true);
			put(d, " .. ");
			expr_(d, s->rhs, true);
		}
		put(d, ") ");
		body_(d, s->then);
		put(d, "\n");
		return;
	}
}

/* ---- declarations ---- */

static void params_(Dump *d, const IrVar *const *params, int n)
{
	put(d, "(");
	for (int i = 0; i < n; i++) {
		const IrVar *v = params[i];
		if (i)
			put(d, ", ");
		put(d, dir_name(v->direction));
		var_decl(d, v);
		if (v->kind == IV_ACTION_DATA && d->p->laid_out)
			printf_(d, " +%d:%d", v->data_offset, v->data_size);
	}
	put(d, ")");
}

static void names_(Dump *d, const char *name, const char *p4_name)
{
	put(d, name);
	if (strcmp(name, p4_name) != 0)
		printf_(d, " \"%s\"", p4_name);
}

static void locals_(Dump *d, const IrVar *const *locals, int n)
{
	if (!n)
		return;
	line_start(d);
	put(d, "locals {");
	for (int i = 0; i < n; i++) {
		put(d, " ");
		var_decl(d, locals[i]);
		put(d, ";");
	}
	put(d, " }\n");
}

static void block_body(Dump *d, const IrStmt *body)
{
	for (int i = 0; body && i < body->body.len; i++)
		stmt_(d, body->body.items[i]);
}

static void storage_(Dump *d, const IrType *t)
{
	printf_(d, "storage %d bytes, align %d", t->store_size, t->store_align);
	if (t->kind == IT_HEADER)
		printf_(d, ", valid +%d", t->valid_offset);
	if (t->kind == IT_STACK && t->is_stack)
		printf_(d, ", next +%d", t->next_offset);
}

static void type_decl(Dump *d, const IrType *t)
{
	bool laid = d->p->laid_out;
	if (t->kind == IT_ENUM) {
		put(d, "enum ");
		if (t->elem) {
			type_(d, t->elem);
			put(d, " ");
		}
		names_(d, t->name, t->p4_name);
		put(d, " {");
		for (int i = 0; i < t->members.len; i++) {
			printf_(d, "%s %s = ", i ? "," : "", t->members.items[i].name);
			if (t->members.items[i].value)
				value_(d, t->members.items[i].value);
			else
				printf_(d, "%d", i);
		}
		put(d, " }\n");
		return;
	}
	if (t->kind == IT_STACK) {
		put(d, "stack ");
		type_(d, t);
		if (laid) {
			put(d, " (");
			if (t->wire_bits >= 0)
				printf_(d, "%d bits, %d bytes; ", t->wire_bits, t->wire_bytes);
			storage_(d, t);
			put(d, ")");
		}
		put(d, "\n");
		return;
	}
	printf_(d, "%s ", ir_type_kind_name(t->kind));
	if (t->kind == IT_TUPLE)
		put(d, t->name);
	else
		names_(d, t->name, t->p4_name);
	if (laid) {
		put(d, " (");
		if (t->wire_bits >= 0) {
			printf_(d, "%d bits, %d bytes", t->wire_bits, t->wire_bytes);
			if (t->has_varbit)
				printf_(d, ", at least %d bits", t->min_wire_bits);
			put(d, "; ");
		}
		storage_(d, t);
		put(d, ")");
	}
	put(d, " {\n");
	for (int i = 0; i < t->fields.len; i++) {
		const IrField *f = t->fields.items[i];
		put(d, "    ");
		type_(d, f->type);
		printf_(d, " %s", f->name);
		if (laid) {
			if (f->bit_offset >= 0)
				printf_(d, " @%d", f->bit_offset);
			printf_(d, " +%d", f->byte_offset);
		}
		put(d, ";\n");
	}
	put(d, "}\n");
}

static void extern_(Dump *d, const IrExtern *x)
{
	printf_(d, "extern %s", x->extern_type);
	if (x->type_args.len) {
		put(d, "<");
		for (int i = 0; i < x->type_args.len; i++) {
			if (i)
				put(d, ", ");
			type_(d, x->type_args.items[i]);
		}
		put(d, ">");
	}
	put(d, " ");
	names_(d, x->name, x->p4_name);
	put(d, "(");
	for (int i = 0; i < x->ctor_args.len; i++) {
		printf_(d, "%s%s = ", i ? ", " : "", x->ctor_param_names.items[i]);
		if (x->ctor_args.items[i])
			value_(d, x->ctor_args.items[i]);
		else
			put(d, "/* omitted */");
	}
	put(d, ")");
	if (x->has_initializer)
		put(d, " /* initializer not lowered */");
	put(d, ";\n");
}

static void function_(Dump *d, const IrFunction *f)
{
	put(d, "function ");
	type_(d, f->ret);
	put(d, " ");
	names_(d, f->name, f->p4_name);
	params_(d, (const IrVar *const *)f->params.items, f->params.len);
	put(d, " {\n");
	d->indent++;
	locals_(d, (const IrVar *const *)f->locals.items, f->locals.len);
	block_body(d, f->body);
	d->indent--;
	put(d, "}\n");
}

static void keyset_(Dump *d, const IrKeyset *k)
{
	switch (k->kind) {
	case IKS_VALUE: value_(d, k->value); return;
	case IKS_MASK:
		value_(d, k->value);
		put(d, " &&& ");
		value_(d, k->mask);
		return;
	case IKS_RANGE:
		value_(d, k->value);
		put(d, " .. ");
		value_(d, k->mask);
		return;
	case IKS_DONTCARE: put(d, "_"); return;
	case IKS_VALUE_SET: put(d, k->value_set ? k->value_set->name : "?"); return;
	}
}

static void keysets_(Dump *d, IrKeyset *const *ks, int n)
{
	d->hex = true;
	bool all = true;
	for (int i = 0; i < n; i++)
		all = all && ks[i]->kind == IKS_DONTCARE;
	if (all) {
		put(d, "default");
		d->hex = false;
		return;
	}
	if (n != 1)
		put(d, "(");
	for (int i = 0; i < n; i++) {
		if (i)
			put(d, ", ");
		keyset_(d, ks[i]);
	}
	if (n != 1)
		put(d, ")");
	d->hex = false;
}

static void state_(Dump *d, const IrState *s)
{
	line_start(d);
	printf_(d, "state %s {\n", s->name);
	d->indent++;
	block_body(d, s->body);
	line_start(d);
	if (!s->has_select) {
		printf_(d, "transition %s;\n", s->next_name);
	} else {
		put(d, "transition select (");
		for (int i = 0; i < s->select.len; i++) {
			if (i)
				put(d, ", ");
			expr_(d, s->select.items[i], false);
		}
		put(d, ") {\n");
		d->indent++;
		for (int i = 0; i < s->cases.len; i++) {
			const IrSelectCase *c = s->cases.items[i];
			line_start(d);
			keysets_(d, (IrKeyset *const *)c->keysets.items, c->keysets.len);
			printf_(d, ": %s;\n", c->next_name);
		}
		close_brace(d);
	}
	close_brace(d);
}

/* "parser NAME "P4 NAME" : TYPE(params) {", and the block opened. */
static void block_head(Dump *d, const char *kind, const char *name, const char *p4_name, const char *type_name,
		       const IrVar *const *params, int n)
{
	printf_(d, "%s ", kind);
	names_(d, name, p4_name);
	if (strcmp(type_name, p4_name) != 0)
		printf_(d, " : %s", type_name);
	params_(d, params, n);
	put(d, " {\n");
	d->indent++;
}

static void parser_(Dump *d, const IrParser *ps)
{
	block_head(d, "parser", ps->name, ps->p4_name, ps->type_name, (const IrVar *const *)ps->params.items,
		   ps->params.len);
	for (int i = 0; i < ps->value_sets.len; i++) {
		line_start(d);
		printf_(d, "value_set %s;\n", ps->value_sets.items[i]->name);
	}
	locals_(d, (const IrVar *const *)ps->locals.items, ps->locals.len);
	if (ps->init && ps->init->body.len) {
		line_start(d);
		put(d, "init ");
		body_(d, ps->init);
		put(d, "\n");
	}
	for (int i = 0; i < ps->states.len; i++)
		state_(d, ps->states.items[i]);
	d->indent--;
	put(d, "}\n");
}

static void action_(Dump *d, const IrAction *a)
{
	line_start(d);
	put(d, "action ");
	names_(d, a->name, a->p4_name);
	if (a->id)
		printf_(d, " id %d", a->id);
	put(d, " ");
	params_(d, (const IrVar *const *)a->params.items, a->params.len);
	if (d->p->laid_out && a->data_size)
		printf_(d, " data %d bytes", a->data_size);
	put(d, " {\n");
	d->indent++;
	locals_(d, (const IrVar *const *)a->locals.items, a->locals.len);
	block_body(d, a->body);
	close_brace(d);
}

static void action_call_values(Dump *d, const IrAction *a, const Value *const *args, int n)
{
	printf_(d, "%s(", a ? a->name : "?");
	for (int i = 0; i < n; i++) {
		if (i)
			put(d, ", ");
		value_(d, args[i]);
	}
	put(d, ")");
}

static void table_(Dump *d, const IrTable *t)
{
	line_start(d);
	put(d, "table ");
	names_(d, t->name, t->p4_name);
	put(d, " {\n");
	d->indent++;
	line_start(d);
	if (d->p->laid_out)
		printf_(d, "kind %s, key %d bytes, value %d bytes, ", ir_table_kind_name(t->kind), t->key_size,
			t->value_size);
	if (t->has_size)
		printf_(d, "size %llu", (unsigned long long)t->size);
	else if (t->size)
		printf_(d, "size %llu (from the implementation)", (unsigned long long)t->size);
	else
		put(d, "size default");
	if (t->implementation != ITI_DEFAULT)
		printf_(d, ", implementation %s(%llu)", t->impl_name, (unsigned long long)t->impl_size);
	put(d, "\n");
	if (t->keys.len) {
		line_start(d);
		put(d, "key {\n");
		d->indent++;
		for (int i = 0; i < t->keys.len; i++) {
			const IrKey *k = t->keys.items[i];
			line_start(d);
			expr_(d, k->expr, false);
			printf_(d, ": %s, %d bits, \"%s\"", k->match_name, k->width, k->p4_name);
			if (d->p->laid_out)
				printf_(d, ", +%d:%d %s", k->offset, k->size, k->big_endian ? "big" : "host");
			put(d, ";\n");
		}
		close_brace(d);
	}
	line_start(d);
	put(d, "actions {");
	for (int i = 0; i < t->actions.len; i++) {
		const IrActionRef *ar = t->actions.items[i];
		printf_(d, " %s%s%s", ar->default_only ? "@defaultonly " : "", ar->table_only ? "@tableonly " : "",
			ar->action->name);
		bool any = false;
		for (int j = 0; j < ar->args.len; j++)
			any = any || ar->args.items[j];
		if (any) {
			put(d, "(");
			for (int j = 0; j < ar->args.len; j++) {
				if (j)
					put(d, ", ");
				if (ar->args.items[j])
					expr_(d, ar->args.items[j], false);
				else
					put(d, "_");
			}
			put(d, ")");
		}
		put(d, ";");
	}
	put(d, " }\n");
	line_start(d);
	printf_(d, "%sdefault_action = ", t->default_is_const ? "const " : "");
	if (t->default_action)
		action_call_values(d, t->default_action, t->default_args.items, t->default_args.len);
	else
		put(d, "none");
	put(d, ";\n");
	if (t->entries.len || t->entries_are_const) {
		line_start(d);
		printf_(d, "%sentries {\n", t->entries_are_const ? "const " : "");
		d->indent++;
		for (int i = 0; i < t->entries.len; i++) {
			const IrEntry *e = t->entries.items[i];
			line_start(d);
			if (e->is_const && !t->entries_are_const)
				put(d, "const ");
			if (e->priority >= 0)
				printf_(d, "priority %ld: ", e->priority);
			keysets_(d, (IrKeyset *const *)e->keys.items, e->keys.len);
			put(d, ": ");
			action_call_values(d, e->action, e->args.items, e->args.len);
			put(d, ";\n");
		}
		close_brace(d);
	}
	close_brace(d);
}

static void control_(Dump *d, const IrControl *c)
{
	block_head(d, "control", c->name, c->p4_name, c->type_name, (const IrVar *const *)c->params.items,
		   c->params.len);
	locals_(d, (const IrVar *const *)c->locals.items, c->locals.len);
	for (int i = 0; i < c->actions.len; i++)
		action_(d, c->actions.items[i]);
	for (int i = 0; i < c->tables.len; i++)
		table_(d, c->tables.items[i]);
	line_start(d);
	put(d, "apply ");
	body_(d, c->body);
	put(d, "\n");
	d->indent--;
	put(d, "}\n");
}

void ir_dump(StrBuf *out, const IrProgram *p)
{
	Dump d = {.out = out, .p = p};
	printf_(&d, "// p4ebpf IR of %s\n", p->source ? p->source : "?");
	printf_(&d, "program %s", ir_arch_name(p->arch));
	if (p->package)
		printf_(&d, ": %s", p->package);
	put(&d, " {\n");
	for (int i = 0; i < p->bindings.len; i++) {
		const IrBinding *b = p->bindings.items[i];
		printf_(&d, "    %s = ", b->param);
		if (b->parser)
			printf_(&d, "parser %s", b->parser->name);
		else if (b->control)
			printf_(&d, "control %s", b->control->name);
		else if (b->instance)
			printf_(&d, "extern %s", b->instance->name);
		else
			value_(&d, b->value);
		put(&d, ";\n");
	}
	put(&d, "}\n");

	put(&d, "\nerror {");
	for (int i = 0; i < p->errors.len; i++)
		printf_(&d, "%s %s = %d", i ? "," : "", p->errors.items[i], i);
	put(&d, " }\n");

	/* Before the layout pass, the types are the ones lowering made. */
	for (int i = 0; i < p->types.len; i++) {
		put(&d, "\n");
		type_decl(&d, p->types.items[i]);
	}
	if (!p->laid_out)
		for (int i = 0; i < p->all_types.len; i++) {
			const IrType *t = p->all_types.items[i];
			if (t->kind == IT_HEADER || t->kind == IT_UNION || t->kind == IT_STRUCT || t->kind == IT_ENUM ||
			    t->kind == IT_TUPLE) {
				put(&d, "\n");
				type_decl(&d, t);
			}
		}

	if (p->externs.len)
		put(&d, "\n");
	for (int i = 0; i < p->externs.len; i++)
		extern_(&d, p->externs.items[i]);
	if (p->value_sets.len)
		put(&d, "\n");
	for (int i = 0; i < p->value_sets.len; i++) {
		const IrValueSet *vs = p->value_sets.items[i];
		put(&d, "value_set<");
		type_(&d, vs->type);
		put(&d, "> ");
		names_(&d, vs->name, vs->p4_name);
		printf_(&d, "(%d);\n", vs->size);
	}
	for (int i = 0; i < p->actions.len; i++) {
		const IrAction *a = p->actions.items[i];
		if (!a->is_top_level)
			continue;
		put(&d, "\n");
		action_(&d, a);
	}
	for (int i = 0; i < p->functions.len; i++) {
		put(&d, "\n");
		function_(&d, p->functions.items[i]);
	}
	for (int i = 0; i < p->parsers.len; i++) {
		put(&d, "\n");
		parser_(&d, p->parsers.items[i]);
	}
	for (int i = 0; i < p->controls.len; i++) {
		put(&d, "\n");
		control_(&d, p->controls.items[i]);
	}
}
