/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* summary.c: counts what a program declares: its types, parsers and their
 * states, controls with their tables and actions, and what `main` is. */
#include <string.h>

#include "frontend.h"

typedef struct Counts {
	int headers, structs, unions, enums, typedefs, externs, errors, match_kinds;
	int parsers, states, controls, tables, actions, functions, constants, instances;
	const char *main_type;
} Counts;

static const char *type_label(const Node *type)
{
	if (!type)
		return "?";
	if (type->kind == N_TYPE_SPECIALIZED)
		type = type->type;
	return type->kind == N_TYPE_NAME ? type->name : node_kind_name(type->kind);
}

static void count_locals(Counts *c, const Node *locals)
{
	for (const Node *d = locals; d; d = d->next) {
		switch (d->kind) {
		case N_TABLE_DECL: c->tables++; break;
		case N_ACTION_DECL: c->actions++; break;
		case N_INSTANTIATION: c->instances++; break;
		case N_CONST_DECL: c->constants++; break;
		default: break;
		}
	}
}

void summarize_program(StrBuf *out, const char *name, const Node *program)
{
	Counts c = {0};
	for (const Node *d = program->items; d; d = d->next) {
		switch (d->kind) {
		case N_HEADER_DECL: c.headers++; break;
		case N_STRUCT_DECL: c.structs++; break;
		case N_HEADER_UNION_DECL: c.unions++; break;
		case N_ENUM_DECL: c.enums++; break;
		case N_TYPEDEF: case N_NEWTYPE: c.typedefs++; break;
		case N_EXTERN_OBJECT: case N_EXTERN_FUNCTION: c.externs++; break;
		case N_ERROR_DECL: c.errors += list_length(d->items); break;
		case N_MATCH_KIND_DECL: c.match_kinds += list_length(d->items); break;
		case N_ACTION_DECL: c.actions++; break;
		case N_FUNCTION_DECL: c.functions++; break;
		case N_CONST_DECL: c.constants++; break;
		case N_PARSER_DECL:
			c.parsers++;
			c.states += list_length(d->items);
			count_locals(&c, d->locals);
			break;
		case N_CONTROL_DECL:
			c.controls++;
			count_locals(&c, d->locals);
			break;
		case N_INSTANTIATION:
			c.instances++;
			if (d->name && strcmp(d->name, "main") == 0)
				c.main_type = type_label(d->type);
			break;
		default: break;
		}
	}
	strbuf_printf(out, "%s: %d declarations\n", name, list_length(program->items));
	strbuf_printf(out, "  types:    %d headers, %d header unions, %d structs, %d enums, %d typedefs\n",
		      c.headers, c.unions, c.structs, c.enums, c.typedefs);
	strbuf_printf(out, "  parsers:  %d with %d states\n", c.parsers, c.states);
	strbuf_printf(out, "  controls: %d with %d tables and %d actions\n", c.controls, c.tables, c.actions);
	strbuf_printf(out, "  other:    %d externs, %d functions, %d constants, %d instances, %d errors, %d match kinds\n",
		      c.externs, c.functions, c.constants, c.instances, c.errors, c.match_kinds);
	strbuf_printf(out, "  main:     %s\n", c.main_type ? c.main_type : "(none)");
}
