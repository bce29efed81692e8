/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* symtab.c: interned identifiers and the scopes of type names that the
 * lexer consults to tell TYPE_IDENTIFIER from IDENTIFIER. */
#include <stdlib.h>
#include <string.h>

#include "parse.h"

static unsigned hash_bytes(const char *s, size_t len)
{
	unsigned h = 2166136261u; /* FNV-1a */
	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

static void symtab_grow(ParseContext *ctx)
{
	unsigned n = ctx->nbuckets ? ctx->nbuckets * 2 : 1024;
	Symbol **buckets = calloc(n, sizeof(*buckets));
	if (!buckets)
		buckets = xmalloc(0); /* reports out of memory */
	for (unsigned i = 0; i < ctx->nbuckets; i++) {
		Symbol *sym = ctx->buckets[i];
		while (sym) {
			Symbol *next = sym->chain;
			sym->chain = buckets[sym->hash & (n - 1)];
			buckets[sym->hash & (n - 1)] = sym;
			sym = next;
		}
	}
	free(ctx->buckets);
	ctx->buckets = buckets;
	ctx->nbuckets = n;
}

static Symbol *symtab_lookup(ParseContext *ctx, const char *s, size_t len)
{
	if (ctx->nsymbols >= ctx->nbuckets)
		symtab_grow(ctx);
	unsigned h = hash_bytes(s, len);
	Symbol **slot = &ctx->buckets[h & (ctx->nbuckets - 1)];
	for (Symbol *sym = *slot; sym; sym = sym->chain)
		if (sym->hash == h && strncmp(sym->name, s, len) == 0 && sym->name[len] == '\0')
			return sym;
	Symbol *sym = arena_alloc(ctx->arena, sizeof(*sym));
	sym->innermost = -1;
	sym->name = arena_strndup(ctx->arena, s, len);
	sym->hash = h;
	sym->chain = *slot;
	*slot = sym;
	ctx->nsymbols++;
	return sym;
}

const char *symtab_intern(ParseContext *ctx, const char *s, size_t len)
{
	return symtab_lookup(ctx, s, len)->name;
}

bool symtab_is_type(ParseContext *ctx, const char *name)
{
	Symbol *sym = symtab_lookup(ctx, name, strlen(name));
	return sym->innermost >= 0 && ctx->decls[sym->innermost].is_type;
}

static void declare(ParseContext *ctx, Symbol *sym, bool is_type)
{
	if (ctx->ndecls == ctx->decls_cap) {
		ctx->decls_cap = ctx->decls_cap ? ctx->decls_cap * 2 : 256;
		ctx->decls = xrealloc(ctx->decls, ctx->decls_cap * sizeof(ScopedDecl));
	}
	ctx->decls[ctx->ndecls] = (ScopedDecl){sym, is_type, sym->innermost};
	sym->innermost = (int)ctx->ndecls++;
}

void symtab_declare_type(ParseContext *ctx, const char *name)
{
	declare(ctx, symtab_lookup(ctx, name, strlen(name)), true);
}

void symtab_declare_value(ParseContext *ctx, const char *name)
{
	Symbol *sym = symtab_lookup(ctx, name, strlen(name));
	/* Only a value that hides a type changes how the name lexes. */
	if (sym->innermost >= 0 && ctx->decls[sym->innermost].is_type)
		declare(ctx, sym, false);
}

void symtab_push_scope(ParseContext *ctx)
{
	if (ctx->nscopes == ctx->scopes_cap) {
		ctx->scopes_cap = ctx->scopes_cap ? ctx->scopes_cap * 2 : 16;
		ctx->scope_marks = xrealloc(ctx->scope_marks, ctx->scopes_cap * sizeof(unsigned));
	}
	ctx->scope_marks[ctx->nscopes++] = ctx->ndecls;
}

void symtab_pop_scope(ParseContext *ctx)
{
	if (ctx->nscopes == 0)
		return; /* unbalanced only after a syntax error; harmless */
	unsigned mark = ctx->scope_marks[--ctx->nscopes];
	while (ctx->ndecls > mark) {
		ScopedDecl *d = &ctx->decls[--ctx->ndecls];
		d->sym->innermost = d->shadowed;
	}
}

void symtab_free(ParseContext *ctx)
{
	free(ctx->buckets);
	free(ctx->decls);
	free(ctx->scope_marks);
	ctx->buckets = NULL;
	ctx->decls = NULL;
	ctx->scope_marks = NULL;
}
