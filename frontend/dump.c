/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* dump.c: the AST as an indented tree, one node a line, children under the
 * field that holds them. The round-trip tests compare these dumps. */
#include "frontend.h"

static void dump_node(StrBuf *out, const Node *node, int depth, const char *field, bool locations);

static void indent(StrBuf *out, int depth)
{
	for (int i = 0; i < depth; i++)
		strbuf_puts(out, "  ");
}

static void dump_list(StrBuf *out, const Node *list, int depth, const char *field, bool locations)
{
	if (!list)
		return;
	indent(out, depth);
	strbuf_printf(out, "%s:\n", field);
	for (const Node *n = list; n; n = n->next)
		dump_node(out, n, depth + 1, NULL, locations);
}

/* Children that are one node, and lists; in the order fields are declared. */
static void dump_children(StrBuf *out, const Node *n, int depth, bool locations)
{
	dump_list(out, n->annotations, depth, "annotations", locations);
	dump_node(out, n->type, depth, "type", locations);
	dump_list(out, n->type_params, depth, "type_params", locations);
	dump_list(out, n->type_args, depth, "type_args", locations);
	dump_list(out, n->params, depth, "params", locations);
	dump_list(out, n->ctor_params, depth, "ctor_params", locations);
	dump_node(out, n->expr, depth, "expr", locations);
	dump_node(out, n->lhs, depth, "lhs", locations);
	dump_node(out, n->rhs, depth, "rhs", locations);
	dump_node(out, n->index, depth, "index", locations);
	dump_node(out, n->hi, depth, "hi", locations);
	dump_node(out, n->lo, depth, "lo", locations);
	dump_node(out, n->width, depth, "width", locations);
	dump_node(out, n->cond, depth, "cond", locations);
	dump_node(out, n->then, depth, "then", locations);
	dump_node(out, n->els, depth, "else", locations);
	dump_list(out, n->args, depth, "args", locations);
	dump_node(out, n->init, depth, "init", locations);
	dump_node(out, n->size, depth, "size", locations);
	dump_node(out, n->priority, depth, "priority", locations);
	dump_list(out, n->locals, depth, "locals", locations);
	dump_list(out, n->items, depth, "items", locations);
	dump_node(out, n->action, depth, "action", locations);
	dump_node(out, n->transition, depth, "transition", locations);
	dump_node(out, n->body, depth, "body", locations);
}

static void dump_node(StrBuf *out, const Node *n, int depth, const char *field, bool locations)
{
	if (!n)
		return;
	indent(out, depth);
	if (field)
		strbuf_printf(out, "%s: ", field);
	strbuf_puts(out, node_kind_name(n->kind));
	if (n->name)
		strbuf_printf(out, " %s", n->name);
	if (n->text)
		strbuf_printf(out, " %s", n->text);
	if (n->kind == N_INT_LIT)
		strbuf_printf(out, " (width %d%s, base %d, digits %s)", n->lit.width,
			      n->lit.is_signed ? " signed" : "", n->lit.base, n->lit.digits);
	if (n->op != OP_NONE)
		strbuf_printf(out, " op %s", op_spelling(n->op));
	if (n->direction != DIR_NONE)
		strbuf_printf(out, " %s", direction_spelling(n->direction));
	if (n->kind == N_ANNOTATION)
		strbuf_printf(out, " form %d", (int)n->annotation_kind);
	if (n->kind == N_BOOL_LIT)
		strbuf_puts(out, n->bool_value ? " true" : " false");
	if (n->is_global)
		strbuf_puts(out, " global");
	if (n->is_abstract)
		strbuf_puts(out, " abstract");
	if (n->is_const)
		strbuf_puts(out, " const");
	if (n->has_ctor_params)
		strbuf_puts(out, " with-constructor-params");
	if (n->has_args)
		strbuf_puts(out, " with-args");
	if (n->has_dots)
		strbuf_puts(out, " with-dots");
	if (locations && n->loc.file)
		strbuf_printf(out, " @%s:%d:%d", n->loc.file, n->loc.line, n->loc.col);
	strbuf_puts(out, "\n");
	dump_children(out, n, depth + 1, locations);
}

void dump_ast(StrBuf *out, const Node *node, bool with_locations)
{
	dump_node(out, node, 0, NULL, with_locations);
}
