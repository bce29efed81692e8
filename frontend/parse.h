/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* parse.h: the state the lexer and the parser share while reading one
 * translation unit. Private to lexer.l, parser.y and symtab.c. */
#ifndef P4EBPF_PARSE_H
#define P4EBPF_PARSE_H

#include "ast.h"

/* An interned identifier. `type_decls` counts the declarations in scope that
 * make it a type name, which is what the lexer must know: P4's grammar tells
 * TYPE_IDENTIFIER from IDENTIFIER. */
typedef struct Symbol Symbol;
struct Symbol {
	Symbol *chain;
	const char *name;
	unsigned hash;
	int type_decls;
};

typedef struct ParseContext {
	Arena *arena;
	Diag *diag;
	void *scanner;
	Node *program;

	/* symtab.c: interned names and the scopes of type names. */
	Symbol **buckets;
	unsigned nbuckets, nsymbols;
	Symbol **type_stack; /* every type name declared, innermost last */
	unsigned type_stack_len, type_stack_cap;
	unsigned *scope_marks; /* type_stack_len when each open scope began */
	unsigned nscopes, scopes_cap;

	/* lexer.l: where the next character is, as cpp's line markers say. */
	const char *file;
	int line, col;
	const char *last_text; /* the last token's text, for syntax errors */
} ParseContext;

const char *symtab_intern(ParseContext *ctx, const char *s, size_t len);
bool symtab_is_type(ParseContext *ctx, const char *name);
void symtab_declare_type(ParseContext *ctx, const char *name);
void symtab_push_scope(ParseContext *ctx);
void symtab_pop_scope(ParseContext *ctx);
void symtab_free(ParseContext *ctx);

#endif
