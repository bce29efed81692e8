/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* parse.h: the state the lexer and the parser share while reading one
 * translation unit. Private to lexer.l, parser.y and symtab.c. */
#ifndef P4EBPF_PARSE_H
#define P4EBPF_PARSE_H

#include "ast.h"

/* An interned identifier. `innermost` indexes the innermost declaration of
 * the name in ParseContext.decls (-1: none): whether it declares a type is
 * what the lexer must know, as P4's grammar tells TYPE_IDENTIFIER from
 * IDENTIFIER; a parameter or variable may shadow a type. */
typedef struct Symbol Symbol;
struct Symbol {
	Symbol *chain;
	const char *name;
	unsigned hash;
	int innermost;
};

/* One declaration of a name in an open scope. */
typedef struct ScopedDecl {
	Symbol *sym;
	bool is_type;
	int shadowed; /* the symbol's previous innermost declaration */
} ScopedDecl;

typedef struct ParseContext {
	Arena *arena;
	Diag *diag;
	void *scanner;
	Node *program;

	/* symtab.c: interned names and the scopes of type names. */
	Symbol **buckets;
	unsigned nbuckets, nsymbols;
	ScopedDecl *decls; /* declarations in open scopes, innermost last */
	unsigned ndecls, decls_cap;
	unsigned *scope_marks; /* ndecls when each open scope began */
	unsigned nscopes, scopes_cap;

	/* lexer.l: where the next character is, as cpp's line markers say. */
	const char *file;
	int line, col;
	const char *last_text; /* the last token's text, for syntax errors */
	Loc last_end;          /* just after the token before the last one */
	Loc token_end;         /* just after the last token */
	Loc comment_start;     /* where the open block comment began */
} ParseContext;

const char *symtab_intern(ParseContext *ctx, const char *s, size_t len);
bool symtab_is_type(ParseContext *ctx, const char *name);
void symtab_declare_type(ParseContext *ctx, const char *name);
/* A parameter, variable, constant or instance: it hides a type of that name. */
void symtab_declare_value(ParseContext *ctx, const char *name);
void symtab_push_scope(ParseContext *ctx);
void symtab_pop_scope(ParseContext *ctx);
void symtab_free(ParseContext *ctx);

#endif
