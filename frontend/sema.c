/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* sema.c: the driver of semantic analysis. It checks the program's
 * declarations in order (P4 requires a name's declaration to come before
 * its uses, parser states excepted), then locates `main`. Also the helpers
 * every sema file shares: errors, scopes, declaring names. */
#include <stdlib.h>
#include <string.h>

#include "sema.h"

static const char *const builtin_names[] = {
#define SEMA_BUILTIN_NAME(b, name) name,
	SEMA_BUILTINS(SEMA_BUILTIN_NAME)
#undef SEMA_BUILTIN_NAME
};

const char *sema_builtin_name(SemaBuiltin b)
{
	return (unsigned)b < BI_COUNT ? builtin_names[b] : "?";
}

void sema_error(Sema *s, Loc loc, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vreport(s->diag, DIAG_ERROR, loc, fmt, ap);
	va_end(ap);
}

const char *sema_tstr(Sema *s, const Type *t)
{
	return type_str(s->arena, t);
}

const char *sema_decl_what(const Node *decl)
{
	switch (decl->kind) {
	case N_CONST_DECL: return "constant";
	case N_VAR_DECL: return "variable";
	case N_PARAM: return "parameter";
	case N_INSTANTIATION: return "instance";
	case N_TABLE_DECL: return "table";
	case N_ACTION_DECL: return "action";
	case N_FUNCTION_DECL: return "function";
	case N_EXTERN_FUNCTION: return "extern function";
	case N_PARSER_STATE: return "parser state";
	case N_VALUE_SET: return "value set";
	case N_IDENT: return decl->ty && decl->ty->kind == TY_ERROR ? "error" : "match_kind member";
	case N_STRUCT_DECL: return "struct";
	case N_HEADER_DECL: return "header";
	case N_HEADER_UNION_DECL: return "header union";
	case N_ENUM_DECL: return "enum";
	case N_ENUM_MEMBER: return "enum member";
	case N_TYPEDEF: return "typedef";
	case N_NEWTYPE: return "type";
	case N_EXTERN_OBJECT: return "extern";
	case N_PARSER_TYPE: return "parser type";
	case N_PARSER_DECL: return "parser";
	case N_CONTROL_TYPE: return "control type";
	case N_CONTROL_DECL: return "control";
	case N_PACKAGE_TYPE: return "package";
	case N_TYPE_PARAM: return "type parameter";
	case N_METHOD: return "method";
	case N_CONSTRUCTOR: return "constructor";
	case N_FIELD: return "field";
	default: return "declaration";
	}
}

bool sema_is_type_decl(const Node *d)
{
	switch (d->kind) {
	case N_STRUCT_DECL:
	case N_HEADER_DECL:
	case N_HEADER_UNION_DECL:
	case N_ENUM_DECL:
	case N_TYPEDEF:
	case N_NEWTYPE:
	case N_EXTERN_OBJECT:
	case N_PARSER_TYPE:
	case N_PARSER_DECL:
	case N_CONTROL_TYPE:
	case N_CONTROL_DECL:
	case N_PACKAGE_TYPE:
	case N_TYPE_PARAM:
		return true;
	default:
		return false;
	}
}

bool sema_is_value_decl(const Node *d)
{
	return !sema_is_type_decl(d);
}

Node *sema_annotation(const Node *decl, const char *name)
{
	for (Node *a = decl ? decl->annotations : NULL; a; a = a->next)
		if (a->name && strcmp(a->name, name) == 0)
			return a;
	return NULL;
}

/* ---- locations the AST does not record ----
 * A member's name after its dot, a parameter's direction, a key's match
 * kind, a select case's state: found in the source text, read once per
 * file. When the text cannot be read the given location stands. */

struct SemaSource {
	SemaSource *next;
	const char *file;
	char *text;
	size_t len;
	size_t *lines; /* offset of each line's start; lines[0] is line 1 */
	int nlines;
};

static SemaSource *source(Sema *s, const char *file)
{
	if (!file)
		return NULL;
	for (SemaSource *src = s->sources; src; src = src->next)
		if (src->file == file || strcmp(src->file, file) == 0)
			return src->text ? src : NULL;
	SemaSource *src = xmalloc(sizeof(*src));
	*src = (SemaSource){.next = s->sources, .file = file};
	s->sources = src;
	FILE *f = fopen(file, "rb");
	if (!f)
		return NULL;
	StrBuf sb = {0};
	char buf[65536];
	size_t n;
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		strbuf_add(&sb, buf, n);
	fclose(f);
	strbuf_add(&sb, "", 0);
	src->text = sb.data;
	src->len = sb.len;
	int cap = 64;
	src->lines = xmalloc(sizeof(size_t) * (size_t)cap);
	src->lines[src->nlines++] = 0;
	for (size_t i = 0; i < src->len; i++)
		if (src->text[i] == '\n') {
			if (src->nlines == cap) {
				cap *= 2;
				src->lines = xrealloc(src->lines, sizeof(size_t) * (size_t)cap);
			}
			src->lines[src->nlines++] = i + 1;
		}
	return src;
}

static bool offset_of(const SemaSource *src, Loc loc, size_t *off)
{
	if (loc.line < 1 || loc.line > src->nlines || loc.col < 1)
		return false;
	*off = src->lines[loc.line - 1] + (size_t)(loc.col - 1);
	return *off <= src->len;
}

static Loc loc_of(const SemaSource *src, Loc like, size_t off)
{
	int lo = 0, hi = src->nlines - 1;
	while (lo < hi) {
		int mid = (lo + hi + 1) / 2;
		if (src->lines[mid] <= off)
			lo = mid;
		else
			hi = mid - 1;
	}
	like.line = lo + 1;
	like.col = (int)(off - src->lines[lo]) + 1;
	return like;
}

static bool is_word_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/* Whether `word` is at offset i as a whole token. */
static bool word_at(const SemaSource *src, size_t i, const char *word, size_t wlen)
{
	if (i + wlen > src->len || memcmp(src->text + i, word, wlen) != 0)
		return false;
	if (!is_word_char(word[0]))
		return true;
	return (i == 0 || !is_word_char(src->text[i - 1])) &&
	       (i + wlen == src->len || !is_word_char(src->text[i + wlen]));
}

Loc sema_find_after(Sema *s, Loc from, const char *word)
{
	SemaSource *src = source(s, from.file);
	size_t off, wlen = strlen(word);
	if (!src || !offset_of(src, from, &off))
		return from;
	for (size_t i = off, end = off + 4096; i < src->len && i < end; i++)
		if (word_at(src, i, word, wlen))
			return loc_of(src, from, i);
	return from;
}

Loc sema_find_before(Sema *s, Loc from, const char *word)
{
	SemaSource *src = source(s, from.file);
	size_t off, wlen = strlen(word);
	if (!src || !offset_of(src, from, &off))
		return from;
	for (size_t i = off; i-- > 0 && off - i < 4096;)
		if (word_at(src, i, word, wlen))
			return loc_of(src, from, i);
	return from;
}

static bool same_loc(Loc a, Loc b)
{
	return a.line == b.line && a.col == b.col;
}

/* The parser records name_loc where a member's, a select case's or a key's
 * name is not the node's `loc`; older trees leave the text to search. */
Loc sema_name_loc(Sema *s, const Node *n)
{
	if (!same_loc(n->name_loc, n->loc) || !n->name)
		return n->name_loc.file ? n->name_loc : n->loc;
	if (n->kind == N_MEMBER)
		return sema_find_after(s, n->loc, n->name);
	return sema_find_after(s, sema_find_after(s, n->loc, ":"), n->name);
}

Loc sema_member_loc(Sema *s, const Node *member)
{
	return sema_name_loc(s, member);
}

/* Where a parameter starts: its annotations, its direction, or its type. */
Loc sema_param_loc(Sema *s, const Node *p)
{
	if (!same_loc(p->start_loc, p->loc) && p->start_loc.file)
		return p->start_loc;
	if (p->annotations)
		return p->annotations->loc;
	if (!p->type)
		return p->loc;
	if (p->direction != DIR_NONE)
		return sema_find_before(s, p->type->loc, direction_spelling(p->direction));
	return p->type->loc;
}

Loc sema_start(const Node *e)
{
	switch (e->kind) {
	case N_MEMBER:
	case N_INDEX:
	case N_SLICE:
	case N_PART_SELECT:
	case N_CALL:
		return e->expr ? sema_start(e->expr) : e->loc;
	case N_BINARY:
	case N_MASK:
	case N_RANGE:
		return e->lhs ? sema_start(e->lhs) : e->loc;
	case N_TERNARY:
		return e->cond ? sema_start(e->cond) : e->loc;
	case N_CAST:
		return e->is_implicit && e->expr ? sema_start(e->expr) : e->loc;
	default:
		return e->loc;
	}
}

static void free_sources(Sema *s)
{
	SemaSource *src = s->sources;
	while (src) {
		SemaSource *next = src->next;
		free(src->text);
		free(src->lines);
		free(src);
		src = next;
	}
}

enum { BITS_CACHED = 1024 };

Type *sema_bits(Sema *s, TypeKind kind, int width)
{
	int k = kind == TY_BIT ? 0 : kind == TY_SIGNED ? 1 : 2;
	if (width < 0 || width >= BITS_CACHED)
		return type_bits(s->arena, kind, width);
	if (!s->bits_cache)
		s->bits_cache = arena_alloc(s->arena, sizeof(Type *) * 3 * BITS_CACHED);
	Type **slot = &s->bits_cache[k * BITS_CACHED + width];
	if (!*slot)
		*slot = type_bits(s->arena, kind, width);
	return *slot;
}

Scope *sema_push_scope(Sema *s, ScopeKind kind)
{
	Scope *saved = s->scope;
	s->scope = scope_new(s->arena, saved, kind);
	return saved;
}

void sema_pop_scope(Sema *s, Scope *saved)
{
	s->scope = saved;
}

/* Functions and extern functions are the declarations the spec lets share a
 * name ("Functions and methods are the only P4 constructs that support
 * overloading"), when the number or the names of their parameters tell the
 * calls apart. */
static bool is_overloadable(const Node *d)
{
	return d->kind == N_FUNCTION_DECL || d->kind == N_EXTERN_FUNCTION;
}

static bool same_param_names(const Node *a, const Node *b)
{
	const Node *p = a->params, *q = b->params;
	for (; p && q; p = p->next, q = q->next)
		if (strcmp(p->name, q->name) != 0)
			return false;
	return !p && !q;
}

void sema_declare(Sema *s, const char *name, Node *decl)
{
	if (!name)
		return;
	ScopeEntry *prev = scope_find_local(s->scope, name);
	for (ScopeEntry *e = prev; e; e = e->next) {
		if (is_overloadable(decl) && is_overloadable(e->decl) &&
		    !same_param_names(decl, e->decl))
			continue;
		sema_error(s, decl->loc, "duplicate declaration of '%s'", name);
		diag_note(s->diag, e->decl->loc, "'%s' was declared here as %s %s", name,
			  strchr("aeiou", sema_decl_what(e->decl)[0]) ? "an" : "a",
			  sema_decl_what(e->decl));
		return;
	}
	scope_add(s->arena, s->scope, name, decl);
}

/* `main` must be a package instance (P4-16 spec, "Example architecture
 * program"); a file without one (an architecture description) is fine here
 * and is the backend's concern. */
static void find_main(Sema *s, Node *program)
{
	ScopeEntry *e = scope_find_local(s->global, "main");
	if (!e)
		return;
	Node *d = e->decl;
	if (d->kind != N_INSTANTIATION) {
		sema_error(s, d->loc, "'main' must be an instance of a package");
		return;
	}
	if (!d->ty || type_is_invalid(d->ty))
		return;
	if (d->ty->kind != TY_PACKAGE) {
		sema_error(s, d->loc, "'main' must be an instance of a package, not of %s",
			   sema_tstr(s, d->ty));
		return;
	}
	program->ref = d;
	program->ty = d->ty;
	s->main = d;
}

int sema_check(Arena *arena, Diag *diag, ConstPool *pool, Node *program)
{
	int errors = diag->errors;
	Sema s = {.arena = arena, .diag = diag, .pool = pool, .ctx = CTX_TOP};
	type_builtins_init(&s.t, arena);
	s.global = scope_new(arena, NULL, SCOPE_GLOBAL);
	s.errors = scope_new(arena, NULL, SCOPE_ERRORS);
	s.scope = s.global;
	for (Node *d = program->items; d && !diag_too_many(diag); d = d->next)
		sema_decl(&s, d);
	if (!diag_too_many(diag))
		find_main(&s, program);
	if (!diag_too_many(diag))
		sema_annotations(&s, program);
	free_sources(&s);
	return diag->errors - errors;
}
