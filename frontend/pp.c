/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* pp.c: the AST printed back as P4-16 source.
 *
 * What is printed parses back to the same AST (dump_ast without locations is
 * the same), so it adds no node and loses none: parentheses only where the
 * precedences of parser.y need them, braces only where the AST has a block.
 * It is also meant to be read: four-space indentation, one declaration or
 * statement a line, a blank line between declarations (but not within a run
 * of one-line constants, typedefs or variables), spaces around binary
 * operators, and lists too long for a line broken one item a line.
 *
 * Every printing function starts where the caller left off and stops at the
 * end of what it printed, without a newline: the caller decides what follows
 * (`;`, ` else`, ` T;` after a typedef's struct, the next line). */
#include <string.h>

#include "frontend.h"

typedef struct Printer {
	StrBuf *out;
	int depth;       /* indentation, in steps of four spaces */
	bool line_start; /* nothing written on the current line yet */
	bool flat;       /* measuring a list: never break it */
	size_t col;      /* characters on the current line so far */
} Printer;

/* Longer parameter and argument lists are broken, one item a line. */
enum { LINE_LIMIT = 100 };

/* Indentation is written with the first text of a line, so blank lines stay
 * empty and a line that a pragma ended continues at the right depth. */
static void put(Printer *p, const char *s)
{
	if (p->line_start && *s) {
		for (int i = 0; i < p->depth; i++)
			strbuf_puts(p->out, "    ");
		p->line_start = false;
		p->col = (size_t)p->depth * 4;
	}
	strbuf_puts(p->out, s);
	const char *newline = strrchr(s, '\n'); /* in a string literal */
	p->col = newline ? strlen(newline + 1) : p->col + strlen(s);
}

static void nl(Printer *p)
{
	strbuf_puts(p->out, "\n");
	p->line_start = true;
	p->col = 0;
}

static size_t column(const Printer *p)
{
	return p->line_start ? (size_t)p->depth * 4 : p->col;
}

/* ---- lists that break when they are too long ---- */

typedef void ItemPrinter(Printer *p, const Node *item);

static void pp_items(Printer *p, const Node *list, ItemPrinter *item)
{
	for (const Node *n = list; n; n = n->next) {
		if (n != list)
			put(p, ", ");
		item(p, n);
	}
}

/* open items close: on one line when that fits, else one item a line, one
 * step in, and `close` on a line of its own. Each list is measured by
 * printing it flat once, so the cost stays linear in the size of the list
 * times the depth of nesting. */
static void pp_list(Printer *p, const char *open, const Node *list, ItemPrinter *item,
		    const char *close)
{
	put(p, open);
	if (!list || p->flat) {
		pp_items(p, list, item);
		put(p, close);
		return;
	}
	StrBuf text = {0};
	Printer sub = {.out = &text, .flat = true};
	pp_items(&sub, list, item);
	const char *flat = text.data ? text.data : "";
	if (!strchr(flat, '\n') && column(p) + text.len + strlen(close) <= LINE_LIMIT) {
		put(p, flat);
	} else {
		p->depth++;
		for (const Node *n = list; n; n = n->next) {
			nl(p);
			item(p, n);
			put(p, n->next ? "," : "");
		}
		p->depth--;
		nl(p);
	}
	strbuf_free(&text);
	put(p, close);
}

static void pp_expr(Printer *p, const Node *n);
static void pp_exprs(Printer *p, const Node *list);
static void pp_expr_prec(Printer *p, const Node *n, int min);
static void pp_type(Printer *p, const Node *n);
static void pp_stmt(Printer *p, const Node *n);
static void pp_decl(Printer *p, const Node *n);
static void pp_block(Printer *p, const Node *n);

/* ---- annotations ---- */

/* Whether two tokens of an unstructured annotation may be written with no
 * space between them and still lex as the same two tokens: only around
 * brackets and commas, which begin or end no longer token. */
static bool tokens_join(const char *prev, const char *next)
{
	bool prev_is_name = prev[0] == '_' || (prev[0] >= 'a' && prev[0] <= 'z') ||
			    (prev[0] >= 'A' && prev[0] <= 'Z');
	return strcmp(prev, "(") == 0 || strcmp(prev, "[") == 0 || strcmp(next, ")") == 0 ||
	       strcmp(next, "]") == 0 || strcmp(next, ",") == 0 ||
	       (prev_is_name && strcmp(next, "(") == 0);
}

/* One token of an unstructured body. The lexer names a byte it cannot
 * print `\xHH`; only that byte itself lexes back to the same token. */
static void pp_annotation_token(Printer *p, const char *text)
{
	static const char hex[] = "0123456789abcdef";
	if (strlen(text) == 4 && text[0] == '\\' && text[1] == 'x' && strchr(hex, text[2]) &&
	    strchr(hex, text[3])) {
		char byte = (char)((strchr(hex, text[2]) - hex) * 16 + (strchr(hex, text[3]) - hex));
		put(p, "");
		strbuf_add(p->out, &byte, 1);
		p->col++;
		return;
	}
	put(p, text);
}

static void pp_annotation_tokens(Printer *p, const Node *tokens)
{
	const char *prev = NULL;
	for (const Node *t = tokens; t; t = t->next) {
		/* `@`, blanks, `pragma` lex as the `@pragma` keyword. */
		if (prev && strcmp(prev, "@") == 0 && strcmp(t->text, "pragma") == 0)
			put(p, "/**/");
		else if (prev && !tokens_join(prev, t->text))
			put(p, " ");
		pp_annotation_token(p, t->text);
		prev = t->text;
	}
}

/* annotation: "@" name | "@" name "(" tokens ")" | "@" name "[" expressions or k = v "]"
 *           | "@pragma" name tokens, to the end of the line */
static void pp_annotation(Printer *p, const Node *a)
{
	if (a->annotation_kind == ANNOT_PRAGMA) {
		put(p, "@pragma ");
		put(p, a->name);
		if (a->items) {
			put(p, " ");
			pp_annotation_tokens(p, a->items);
		}
		return; /* the caller ends the line */
	}
	put(p, "@");
	put(p, a->name);
	if (a->annotation_kind == ANNOT_UNSTRUCTURED) {
		put(p, "(");
		pp_annotation_tokens(p, a->items);
		put(p, ")");
	} else if (a->annotation_kind == ANNOT_STRUCTURED) {
		put(p, "[");
		pp_exprs(p, a->items);
		put(p, "]");
	}
}

/* Annotations before what they annotate, each followed by a space, or by
 * the end of the line that a pragma needs. */
static void pp_annotations(Printer *p, const Node *list)
{
	for (const Node *a = list; a; a = a->next) {
		pp_annotation(p, a);
		if (a->annotation_kind == ANNOT_PRAGMA)
			nl(p);
		else
			put(p, " ");
	}
}

/* The annotations of a declaration: on its line when they fit, else one a
 * line above it. */
static void pp_decl_annotations(Printer *p, const Node *list)
{
	if (!list)
		return;
	StrBuf text = {0};
	Printer sub = {.out = &text, .flat = true};
	pp_annotations(&sub, list);
	bool fits = text.data && !strchr(text.data, '\n') && column(p) + text.len <= LINE_LIMIT;
	strbuf_free(&text);
	if (fits) {
		pp_annotations(p, list);
		return;
	}
	for (const Node *a = list; a; a = a->next) {
		pp_annotation(p, a);
		nl(p);
	}
}

/* Annotations after what they annotate (key elements, entries). */
static void pp_trailing_annotations(Printer *p, const Node *list)
{
	for (const Node *a = list; a; a = a->next) {
		if (!p->line_start)
			put(p, " ");
		pp_annotation(p, a);
		if (a->annotation_kind == ANNOT_PRAGMA)
			nl(p);
	}
}

/* ---- expressions ---- */

static int expr_prec(const Node *n)
{
	switch (n->kind) {
	case N_BINARY: return op_precedence(n->op);
	case N_TERNARY: return PREC_TERNARY;
	case N_UNARY: case N_CAST: return PREC_PREFIX;
	default: return PREC_POSTFIX;
	}
}

static bool is_type_node(const Node *n)
{
	switch (n->kind) {
	case N_TYPE_BOOL: case N_TYPE_ERROR: case N_TYPE_MATCH_KIND: case N_TYPE_STRING:
	case N_TYPE_VOID: case N_TYPE_DONTCARE: case N_TYPE_BIT: case N_TYPE_INT:
	case N_TYPE_VARBIT: case N_TYPE_NAME: case N_TYPE_SPECIALIZED: case N_TYPE_STACK:
	case N_TYPE_TUPLE: case N_TYPE_LIST:
		return true;
	default:
		return false;
	}
}

/* Arguments and other lists of expressions, on one line. */
static void pp_exprs(Printer *p, const Node *list)
{
	pp_items(p, list, pp_expr);
}

/* (arguments) of a call, a constructor, an action, an apply. */
static void pp_args(Printer *p, const Node *args)
{
	pp_list(p, "(", args, pp_expr, ")");
}

static void pp_type_list(Printer *p, const Node *types)
{
	for (const Node *t = types; t; t = t->next) {
		if (t != types)
			put(p, ", ");
		pp_type(p, t);
	}
}

/* The operand written first, of a binary, postfix or ?: operator, and how
 * strongly its place binds; NULL for any other expression. */
static const Node *left_operand(const Node *n, int *min)
{
	switch (n->kind) {
	case N_BINARY:
		*min = op_precedence(n->op);
		return n->lhs;
	case N_TERNARY:
		/* A nested ?: is kept in parentheses, which reads best. */
		*min = PREC_OR;
		return n->cond;
	case N_MEMBER:
	case N_INDEX:
	case N_SLICE:
	case N_PART_SELECT:
	case N_CALL:
		*min = PREC_POSTFIX;
		return n->expr;
	default:
		return NULL;
	}
}

/* What an operator writes after its left operand. */
static void pp_expr_suffix(Printer *p, const Node *n)
{
	switch (n->kind) {
	case N_TERNARY:
		put(p, " ? ");
		pp_expr_prec(p, n->then, PREC_OR);
		put(p, " : ");
		pp_expr_prec(p, n->els, PREC_OR);
		break;
	case N_BINARY: {
		/* Left-associative: an operand of the same strength on the right
		 * needs parentheses. */
		int prec = op_precedence(n->op);
		put(p, " ");
		put(p, op_spelling(n->op));
		put(p, " ");
		pp_expr_prec(p, n->rhs, prec + 1);
		break;
	}
	case N_MEMBER:
		put(p, ".");
		put(p, n->name);
		break;
	case N_INDEX:
		put(p, "[");
		pp_expr(p, n->index);
		put(p, "]");
		break;
	case N_SLICE:
		put(p, "[");
		pp_expr_prec(p, n->hi, PREC_OR); /* a ?: before ':' reads badly */
		put(p, ":");
		pp_expr(p, n->lo);
		put(p, "]");
		break;
	case N_PART_SELECT:
		/* `+:` is two tokens: the index ends where a '+' would stop it. */
		put(p, "[");
		pp_expr_prec(p, n->index, PREC_ADD);
		put(p, " +: ");
		pp_expr(p, n->width);
		put(p, "]");
		break;
	case N_CALL:
		if (n->type_args) {
			put(p, "<");
			pp_type_list(p, n->type_args);
			put(p, ">");
		}
		pp_args(p, n->args);
		break;
	default:
		BUG("pp: %s has no left operand", node_kind_name(n->kind));
	}
}

/* The expressions that do not start with an operand: names, literals,
 * prefix operators, brackets. */
static void pp_expr_node(Printer *p, const Node *n)
{
	switch (n->kind) {
	case N_INT_LIT:
	case N_STRING_LIT:
		put(p, n->text);
		break;
	case N_BOOL_LIT:
		put(p, n->bool_value ? "true" : "false");
		break;
	case N_PATH:
		put(p, n->is_global ? "." : "");
		put(p, n->name);
		break;
	case N_THIS: put(p, "this"); break;
	case N_DONTCARE: put(p, "_"); break;
	case N_DEFAULT: put(p, "default"); break;
	case N_DOTS: put(p, "..."); break;
	case N_INVALID_HEADER: put(p, "{#}"); break;
	case N_UNARY:
		put(p, op_spelling(n->op));
		/* `++` is a token, and `--` would read as one. */
		if ((n->op == OP_NEG || n->op == OP_PLUS) && n->expr->kind == N_UNARY &&
		    (n->expr->op == OP_NEG || n->expr->op == OP_PLUS))
			put(p, " ");
		pp_expr_prec(p, n->expr, PREC_PREFIX);
		break;
	case N_CAST:
		put(p, "(");
		pp_type(p, n->type);
		put(p, ")");
		pp_expr_prec(p, n->expr, PREC_PREFIX);
		break;
	case N_CONSTRUCT:
		pp_type(p, n->type);
		pp_args(p, n->args);
		break;
	case N_ARG:
	case N_NAMED_EXPR:
		if (n->name) {
			put(p, n->name);
			put(p, " = ");
		}
		pp_expr(p, n->expr);
		break;
	case N_LIST_EXPR:
		pp_list(p, "{", n->items, pp_expr, "}");
		break;
	case N_STRUCT_EXPR:
		if (n->has_dots) { /* the dots would need a line of their own */
			put(p, "{");
			pp_exprs(p, n->items);
			put(p, ", ...}");
		} else {
			pp_list(p, "{", n->items, pp_expr, "}");
		}
		break;
	case N_MASK:
	case N_RANGE:
		pp_expr_prec(p, n->lhs, PREC_OR);
		put(p, n->kind == N_MASK ? " &&& " : " .. ");
		pp_expr_prec(p, n->rhs, PREC_OR);
		break;
	case N_TUPLE_KEYSET:
		put(p, "(");
		for (const Node *k = n->items; k; k = k->next) {
			if (k != n->items)
				put(p, ", ");
			pp_expr_prec(p, k, PREC_OR);
		}
		put(p, ")");
		break;
	default:
		if (!is_type_node(n))
			BUG("pp: %s is not an expression", node_kind_name(n->kind));
		pp_type(p, n); /* the base of `T.member`, `error.NoError` */
		break;
	}
}

/* An expression in a place that binds at least as strongly as `min`:
 * in parentheses when it binds less. The parser bounds the depth of
 * expressions, so recursion is safe. */
static void pp_expr_prec(Printer *p, const Node *n, int min)
{
	if (expr_prec(n) < min) {
		put(p, "(");
		pp_expr_prec(p, n, PREC_NONE);
		put(p, ")");
		return;
	}
	int left_min;
	const Node *left = left_operand(n, &left_min);
	if (!left) {
		pp_expr_node(p, n);
		return;
	}
	pp_expr_prec(p, left, left_min);
	pp_expr_suffix(p, n);
}

/* An expression where any expression may stand: an argument, an initializer. */
static void pp_expr(Printer *p, const Node *n)
{
	pp_expr_prec(p, n, PREC_NONE);
}

/* A keyset of a select case or a table entry, followed by ':'. */
static void pp_keyset(Printer *p, const Node *n)
{
	pp_expr_prec(p, n, PREC_OR);
}

/* ---- types ---- */

/* The width of bit<>, int<>, varbit<>: a literal as it is, anything else in
 * parentheses, as the grammar wants. */
static void pp_width(Printer *p, const Node *width)
{
	put(p, "<");
	if (width->kind == N_INT_LIT) {
		put(p, width->text);
	} else {
		put(p, "(");
		pp_expr(p, width);
		put(p, ")");
	}
	put(p, ">");
}

/* A type. A `>` that closes type arguments may touch the next `>`: the lexer
 * reads `>>` there as two closing angles. */
static void pp_type(Printer *p, const Node *n)
{
	switch (n->kind) {
	case N_TYPE_BOOL: put(p, "bool"); break;
	case N_TYPE_ERROR: put(p, "error"); break;
	case N_TYPE_MATCH_KIND: put(p, "match_kind"); break;
	case N_TYPE_STRING: put(p, "string"); break;
	case N_TYPE_VOID: put(p, "void"); break;
	case N_TYPE_DONTCARE: put(p, "_"); break;
	case N_TYPE_BIT:
	case N_TYPE_INT:
	case N_TYPE_VARBIT:
		put(p, n->kind == N_TYPE_BIT ? "bit" : n->kind == N_TYPE_INT ? "int" : "varbit");
		if (n->width)
			pp_width(p, n->width);
		break;
	case N_TYPE_NAME:
		put(p, n->is_global ? "." : "");
		put(p, n->name);
		break;
	case N_TYPE_SPECIALIZED:
		pp_type(p, n->type);
		put(p, "<");
		pp_type_list(p, n->type_args);
		put(p, ">");
		break;
	case N_TYPE_STACK:
		pp_type(p, n->type);
		put(p, "[");
		pp_expr(p, n->size);
		put(p, "]");
		break;
	case N_TYPE_TUPLE:
	case N_TYPE_LIST:
		put(p, n->kind == N_TYPE_TUPLE ? "tuple<" : "list<");
		pp_type_list(p, n->type_args);
		put(p, ">");
		break;
	case N_HEADER_DECL:
	case N_HEADER_UNION_DECL:
	case N_STRUCT_DECL:
	case N_ENUM_DECL:
		pp_decl(p, n); /* `typedef struct S { ... } T;` */
		break;
	default:
		BUG("pp: %s is not a type", node_kind_name(n->kind));
	}
}

/* ---- parameters and signatures ---- */

/* parameter: annotations direction type name [= default] */
static void pp_param(Printer *p, const Node *param)
{
	pp_annotations(p, param->annotations);
	if (param->direction != DIR_NONE) {
		put(p, direction_spelling(param->direction));
		put(p, " ");
	}
	pp_type(p, param->type);
	put(p, " ");
	put(p, param->name);
	if (param->init) {
		put(p, " = ");
		pp_expr(p, param->init);
	}
}

static void pp_params(Printer *p, const Node *params)
{
	pp_list(p, "(", params, pp_param, ")");
}

static void pp_type_params(Printer *p, const Node *type_params)
{
	if (!type_params)
		return;
	put(p, "<");
	for (const Node *t = type_params; t; t = t->next) {
		if (t != type_params)
			put(p, ", ");
		put(p, t->name);
	}
	put(p, ">");
}

/* name<type params>(params), after the keyword or return type */
static void pp_signature(Printer *p, const Node *n)
{
	put(p, n->name);
	pp_type_params(p, n->type_params);
	pp_params(p, n->params);
}

/* ---- statements ---- */

/* A block, or `{}` when it is empty. */
static void pp_block(Printer *p, const Node *n)
{
	pp_annotations(p, n->annotations);
	if (!n->items) {
		put(p, "{}");
		return;
	}
	put(p, "{");
	nl(p);
	p->depth++;
	for (const Node *s = n->items; s; s = s->next) {
		pp_stmt(p, s);
		nl(p);
	}
	p->depth--;
	put(p, "}");
}

/* The statement under an if, else or for: a block on the same line,
 * anything else on the next line, one step in. */
static void pp_branch(Printer *p, const Node *body)
{
	if (body->kind == N_BLOCK) {
		put(p, " ");
		pp_block(p, body);
		return;
	}
	nl(p);
	p->depth++;
	pp_stmt(p, body);
	p->depth--;
}

/* if (cond) then [else els]. An else binds to the nearest if, so in a
 * parsed tree a then-branch followed by else never ends in an if without
 * else (the source had braces there: a block), and printing it as it is
 * keeps the else where it was. */
static void pp_if(Printer *p, const Node *n)
{
	put(p, "if (");
	pp_expr(p, n->cond);
	put(p, ")");
	pp_branch(p, n->then);
	if (!n->els)
		return;
	if (n->then->kind == N_BLOCK) {
		put(p, " else");
	} else {
		nl(p);
		put(p, "else");
	}
	if (n->els->kind == N_IF) {
		put(p, " ");
		pp_if(p, n->els);
	} else {
		pp_branch(p, n->els);
	}
}

/* A switch label cannot start with '{' or '...' (the grammar would read a
 * block): such a label is printed in parentheses. */
static void pp_switch_label(Printer *p, const Node *label)
{
	StrBuf text = {0};
	Printer sub = {.out = &text, .flat = true};
	pp_keyset(&sub, label);
	bool wrap = text.data && (text.data[0] == '{' || strncmp(text.data, "...", 3) == 0);
	put(p, wrap ? "(" : "");
	put(p, text.data ? text.data : "");
	put(p, wrap ? ")" : "");
	strbuf_free(&text);
}

/* switch (expr) { label: block  label:  default: block } */
static void pp_switch(Printer *p, const Node *n)
{
	put(p, "switch (");
	pp_expr(p, n->expr);
	put(p, ")");
	if (!n->items) {
		put(p, " {}");
		return;
	}
	put(p, " {");
	nl(p);
	p->depth++;
	for (const Node *c = n->items; c; c = c->next) {
		pp_switch_label(p, c->expr);
		put(p, ":");
		if (c->body) {
			put(p, " ");
			pp_block(p, c->body);
		}
		nl(p);
	}
	p->depth--;
	put(p, "}");
}

/* A variable declaration, an assignment or a call, without its ';': the
 * statements of a for loop's header. */
static void pp_simple_stmt(Printer *p, const Node *n)
{
	switch (n->kind) {
	case N_VAR_DECL:
		pp_annotations(p, n->annotations);
		pp_type(p, n->type);
		put(p, " ");
		put(p, n->name);
		if (n->init) {
			put(p, " = ");
			pp_expr(p, n->init);
		}
		break;
	case N_ASSIGN:
		pp_expr_prec(p, n->lhs, PREC_POSTFIX);
		put(p, " ");
		put(p, op_spelling(n->op));
		put(p, "= ");
		pp_expr(p, n->rhs);
		break;
	case N_CALL_STMT:
		pp_expr(p, n->expr);
		break;
	default:
		BUG("pp: %s is not a simple statement", node_kind_name(n->kind));
	}
}

static void pp_simple_stmts(Printer *p, const Node *list)
{
	for (const Node *s = list; s; s = s->next) {
		if (s != list)
			put(p, ", ");
		pp_simple_stmt(p, s);
	}
}

/* for (init; cond; updates) body  |  for (T x in collection) body */
static void pp_for(Printer *p, const Node *n)
{
	pp_annotations(p, n->annotations);
	put(p, "for (");
	if (n->kind == N_FOR) {
		pp_simple_stmts(p, n->locals);
		put(p, "; ");
		pp_expr(p, n->cond);
		put(p, n->items ? "; " : ";");
		pp_simple_stmts(p, n->items);
	} else {
		pp_simple_stmt(p, n->init);
		put(p, " in ");
		pp_expr(p, n->expr);
	}
	put(p, ")");
	pp_branch(p, n->body);
}

static void pp_stmt(Printer *p, const Node *n)
{
	switch (n->kind) {
	case N_ASSIGN:
	case N_CALL_STMT:
		pp_simple_stmt(p, n);
		put(p, ";");
		break;
	case N_DIRECT_APPLY:
		pp_type(p, n->type);
		put(p, ".apply");
		pp_args(p, n->args);
		put(p, ";");
		break;
	case N_EMPTY: put(p, ";"); break;
	case N_BLOCK: pp_block(p, n); break;
	case N_IF: pp_if(p, n); break;
	case N_RETURN:
		put(p, "return");
		if (n->expr) {
			put(p, " ");
			pp_expr(p, n->expr);
		}
		put(p, ";");
		break;
	case N_EXIT: put(p, "exit;"); break;
	case N_BREAK: put(p, "break;"); break;
	case N_CONTINUE: put(p, "continue;"); break;
	case N_SWITCH: pp_switch(p, n); break;
	case N_FOR:
	case N_FOR_IN:
		pp_for(p, n);
		break;
	default:
		pp_decl(p, n); /* variables and constants */
		break;
	}
}

/* ---- tables ---- */

/* An action as a table lists it or an entry names it: `a` or `a(args)`. */
static void pp_action_ref(Printer *p, const Node *n)
{
	pp_expr(p, n->expr);
	if (n->has_args)
		pp_args(p, n->args);
}

/* entry: [const] [priority=N:] keyset : action [annotations] ; */
static void pp_entry(Printer *p, const Node *n)
{
	if (n->is_const)
		put(p, "const ");
	if (n->priority) {
		/* A literal priority stands alone; anything else in parentheses. */
		put(p, "priority=");
		if (n->priority->kind == N_INT_LIT) {
			put(p, n->priority->text);
		} else {
			put(p, "(");
			pp_expr(p, n->priority);
			put(p, ")");
		}
		put(p, ": ");
	}
	pp_keyset(p, n->expr);
	put(p, ": ");
	pp_action_ref(p, n->action);
	pp_trailing_annotations(p, n->annotations);
	put(p, ";");
}

/* Opens `{` and one step of indentation, or prints `{}` and says there is
 * nothing to put inside. */
static bool open_braces(Printer *p, const Node *items)
{
	if (!items) {
		put(p, "{}");
		return false;
	}
	put(p, "{");
	nl(p);
	p->depth++;
	return true;
}

static void close_braces(Printer *p)
{
	p->depth--;
	put(p, "}");
}

static void pp_table_property(Printer *p, const Node *n)
{
	switch (n->kind) {
	case N_KEY_PROPERTY:
		put(p, "key = ");
		if (!open_braces(p, n->items))
			break;
		for (const Node *k = n->items; k; k = k->next) {
			pp_keyset(p, k->expr);
			put(p, ": ");
			put(p, k->name);
			pp_trailing_annotations(p, k->annotations);
			put(p, ";");
			nl(p);
		}
		close_braces(p);
		break;
	case N_ACTIONS_PROPERTY:
		put(p, "actions = ");
		if (!open_braces(p, n->items))
			break;
		for (const Node *a = n->items; a; a = a->next) {
			pp_annotations(p, a->annotations);
			pp_action_ref(p, a);
			put(p, ";");
			nl(p);
		}
		close_braces(p);
		break;
	case N_ENTRIES_PROPERTY:
		pp_annotations(p, n->annotations);
		put(p, n->is_const ? "const entries = " : "entries = ");
		if (!open_braces(p, n->items))
			break;
		for (const Node *e = n->items; e; e = e->next) {
			pp_entry(p, e);
			nl(p);
		}
		close_braces(p);
		break;
	case N_TABLE_PROPERTY:
		pp_annotations(p, n->annotations);
		if (n->is_const)
			put(p, "const ");
		put(p, n->name);
		put(p, " = ");
		pp_expr(p, n->init);
		put(p, ";");
		break;
	default:
		BUG("pp: %s is not a table property", node_kind_name(n->kind));
	}
}

/* ---- declarations ---- */

/* Declarations that take one line: runs of the same kind stay together,
 * everything else is set apart by a blank line. */
static bool is_one_line(const Node *n)
{
	switch (n->kind) {
	case N_CONST_DECL:
	case N_VAR_DECL:
	case N_NEWTYPE:
	case N_VALUE_SET:
	case N_EXTERN_FUNCTION:
		return true;
	case N_TYPEDEF:
		return is_type_node(n->type);
	case N_INSTANTIATION:
		return !n->locals;
	default:
		return false;
	}
}

/* Typedefs go with types; in a control or a parser, constants, variables
 * and instances go together too. */
static int line_group(const Node *n, bool local)
{
	switch (n->kind) {
	case N_NEWTYPE:
		return N_TYPEDEF;
	case N_CONST_DECL:
	case N_VAR_DECL:
	case N_INSTANTIATION:
	case N_VALUE_SET:
		return local ? N_VAR_DECL : n->kind;
	default:
		return n->kind;
	}
}

/* Declarations of a program (`local` false), a control, a parser or an
 * instance's initializer. */
static void pp_decls(Printer *p, const Node *list, bool local)
{
	const Node *prev = NULL;
	for (const Node *n = list; n; prev = n, n = n->next) {
		if (prev && !(is_one_line(prev) && is_one_line(n) &&
			      line_group(prev, local) == line_group(n, local)))
			nl(p);
		pp_decl(p, n);
		nl(p);
	}
}

/* Declarations that are all of one kind and take a line each (methods,
 * fields, states...), or are set apart by blank lines when `spaced`. */
static void pp_lines(Printer *p, const Node *list, bool spaced)
{
	for (const Node *n = list; n; n = n->next) {
		if (n != list && spaced)
			nl(p);
		pp_decl(p, n);
		nl(p);
	}
}

/* `A, B, C` of error, match_kind and enum declarations, one a line. */
static void pp_members(Printer *p, const Node *items)
{
	if (!open_braces(p, items))
		return;
	for (const Node *m = items; m; m = m->next) {
		put(p, m->name);
		if (m->init) {
			put(p, " = ");
			pp_expr(p, m->init);
		}
		if (m->next)
			put(p, ",");
		nl(p);
	}
	close_braces(p);
}

/* transition name;  |  transition select(exprs) { keyset: name; ... } */
static void pp_transition(Printer *p, const Node *n)
{
	put(p, "transition ");
	if (n->expr->kind == N_PATH) {
		put(p, n->expr->name);
		put(p, ";");
		return;
	}
	const Node *sel = n->expr;
	put(p, "select");
	pp_args(p, sel->args);
	put(p, " ");
	if (!open_braces(p, sel->items))
		return;
	for (const Node *c = sel->items; c; c = c->next) {
		pp_keyset(p, c->expr);
		put(p, ": ");
		put(p, c->name);
		put(p, ";");
		nl(p);
	}
	close_braces(p);
}

/* parser P<T>(params)(ctor params) { locals states }, and the same for
 * controls with `apply { }` in place of the states. */
static void pp_parser_or_control(Printer *p, const Node *n)
{
	put(p, n->kind == N_PARSER_DECL ? "parser " : "control ");
	pp_signature(p, n);
	if (n->has_ctor_params)
		pp_params(p, n->ctor_params);
	put(p, " {");
	nl(p);
	p->depth++;
	pp_decls(p, n->locals, true);
	if (n->locals)
		nl(p);
	if (n->kind == N_PARSER_DECL) {
		pp_lines(p, n->items, true);
	} else {
		put(p, "apply ");
		pp_block(p, n->body);
		nl(p);
	}
	p->depth--;
	put(p, "}");
}

/* state name { statements transition } */
static void pp_state(Printer *p, const Node *n)
{
	put(p, "state ");
	put(p, n->name);
	if (!n->items && !n->transition) {
		put(p, " {}");
		return;
	}
	put(p, " {");
	nl(p);
	p->depth++;
	for (const Node *s = n->items; s; s = s->next) {
		pp_stmt(p, s);
		nl(p);
	}
	if (n->transition) {
		pp_transition(p, n->transition);
		nl(p);
	}
	p->depth--;
	put(p, "}");
}

/* header, header_union and struct: keyword name<T> { fields } */
static void pp_struct_like(Printer *p, const Node *n)
{
	put(p, n->kind == N_HEADER_DECL ? "header " :
	       n->kind == N_HEADER_UNION_DECL ? "header_union " : "struct ");
	put(p, n->name);
	pp_type_params(p, n->type_params);
	put(p, " ");
	if (open_braces(p, n->items)) {
		pp_lines(p, n->items, false);
		close_braces(p);
	}
}

/* type(args) name;  |  type(args) name = { functions and instances }; */
static void pp_instantiation(Printer *p, const Node *n)
{
	pp_type(p, n->type);
	pp_args(p, n->args);
	put(p, " ");
	put(p, n->name);
	if (n->locals) {
		put(p, " = ");
		if (open_braces(p, n->locals->items)) {
			pp_decls(p, n->locals->items, true);
			close_braces(p);
		}
	}
	put(p, ";");
}

/* Every declaration, with its annotations; without the final newline. */
static void pp_decl(Printer *p, const Node *n)
{
	pp_decl_annotations(p, n->annotations);
	switch (n->kind) {
	case N_CONST_DECL:
		put(p, "const ");
		/* fall through */
	case N_VAR_DECL:
	case N_FIELD:
		pp_type(p, n->type);
		put(p, " ");
		put(p, n->name);
		if (n->init) {
			put(p, " = ");
			pp_expr(p, n->init);
		}
		put(p, ";");
		break;
	case N_EXTERN_OBJECT:
		put(p, "extern ");
		put(p, n->name);
		pp_type_params(p, n->type_params);
		put(p, " ");
		if (open_braces(p, n->items)) {
			pp_lines(p, n->items, false);
			close_braces(p);
		}
		break;
	case N_EXTERN_FUNCTION:
	case N_METHOD:
		put(p, n->kind == N_EXTERN_FUNCTION ? "extern " : n->is_abstract ? "abstract " : "");
		pp_type(p, n->type);
		put(p, " ");
		pp_signature(p, n);
		put(p, ";");
		break;
	case N_CONSTRUCTOR:
		pp_signature(p, n);
		put(p, ";");
		break;
	case N_FUNCTION_DECL:
		pp_type(p, n->type);
		put(p, " ");
		pp_signature(p, n);
		put(p, " ");
		pp_block(p, n->body);
		break;
	case N_ACTION_DECL:
		put(p, "action ");
		pp_signature(p, n);
		put(p, " ");
		pp_block(p, n->body);
		break;
	case N_PARSER_TYPE:
	case N_CONTROL_TYPE:
	case N_PACKAGE_TYPE:
		put(p, n->kind == N_PARSER_TYPE ? "parser " :
		       n->kind == N_CONTROL_TYPE ? "control " : "package ");
		pp_signature(p, n);
		put(p, ";");
		break;
	case N_PARSER_DECL:
	case N_CONTROL_DECL:
		pp_parser_or_control(p, n);
		break;
	case N_PARSER_STATE:
		pp_state(p, n);
		break;
	case N_INSTANTIATION:
		pp_instantiation(p, n);
		break;
	case N_ERROR_DECL:
	case N_MATCH_KIND_DECL:
		put(p, n->kind == N_ERROR_DECL ? "error " : "match_kind ");
		pp_members(p, n->items);
		break;
	case N_HEADER_DECL:
	case N_HEADER_UNION_DECL:
	case N_STRUCT_DECL:
		pp_struct_like(p, n);
		break;
	case N_ENUM_DECL:
		put(p, "enum ");
		if (n->type) {
			pp_type(p, n->type);
			put(p, " ");
		}
		put(p, n->name);
		put(p, " ");
		pp_members(p, n->items);
		break;
	case N_TYPEDEF:
	case N_NEWTYPE:
		put(p, n->kind == N_TYPEDEF ? "typedef " : "type ");
		pp_type(p, n->type);
		put(p, " ");
		put(p, n->name);
		put(p, ";");
		break;
	case N_VALUE_SET:
		put(p, "value_set<");
		pp_type(p, n->type);
		put(p, ">(");
		pp_expr(p, n->size);
		put(p, ") ");
		put(p, n->name);
		put(p, ";");
		break;
	case N_TABLE_DECL:
		put(p, "table ");
		put(p, n->name);
		put(p, " ");
		if (open_braces(p, n->items)) {
			for (const Node *prop = n->items; prop; prop = prop->next) {
				pp_table_property(p, prop);
				nl(p);
			}
			close_braces(p);
		}
		break;
	default:
		BUG("pp: %s is not a declaration", node_kind_name(n->kind));
	}
}

void pp_program(StrBuf *out, const Node *program)
{
	Printer p = {.out = out, .line_start = true};
	pp_decls(&p, program->items, false);
}
