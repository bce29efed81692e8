/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* scope.c: the scopes of name resolution (P4-16 spec, "Scopes" and "Name
 * resolution"). Each scope is a hash table from a name to the declarations
 * of that name in the scope; lookups go from the innermost scope outwards.
 * A name may have several declarations in one scope only when they are
 * overloads (functions, extern functions); sema decides that. */
#include <string.h>

#include "sema.h"

static unsigned hash_name(const char *s)
{
	unsigned h = 2166136261u; /* FNV-1a */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

Scope *scope_new(Arena *arena, Scope *parent, ScopeKind kind)
{
	Scope *scope = arena_alloc(arena, sizeof(*scope));
	scope->parent = parent;
	scope->kind = kind;
	return scope;
}

/* The slot where `name` is, or the empty slot where it would go. */
static ScopeEntry **find_slot(const Scope *scope, const char *name, unsigned hash)
{
	unsigned mask = scope->cap - 1;
	for (unsigned i = hash & mask;; i = (i + 1) & mask) {
		ScopeEntry *e = scope->slots[i];
		if (!e || (e->hash == hash && strcmp(e->name, name) == 0))
			return &scope->slots[i];
	}
}

static void grow(Arena *arena, Scope *scope)
{
	unsigned old_cap = scope->cap;
	ScopeEntry **old = scope->slots;
	scope->cap = old_cap ? old_cap * 2 : 8;
	/* The old table stays in the arena: at most as much again as the final one. */
	scope->slots = arena_alloc(arena, sizeof(ScopeEntry *) * scope->cap);
	for (unsigned i = 0; i < old_cap; i++)
		if (old[i])
			*find_slot(scope, old[i]->name, old[i]->hash) = old[i];
}

ScopeEntry *scope_add(Arena *arena, Scope *scope, const char *name, Node *decl)
{
	if ((scope->count + 1) * 4 > scope->cap * 3)
		grow(arena, scope);
	unsigned hash = hash_name(name);
	ScopeEntry **slot = find_slot(scope, name, hash);
	ScopeEntry *previous = *slot;
	ScopeEntry *e = arena_alloc(arena, sizeof(*e));
	e->name = name;
	e->hash = hash;
	e->decl = decl;
	if (previous) {
		/* Keep declaration order: append to the chain. */
		ScopeEntry *last = previous;
		while (last->next)
			last = last->next;
		last->next = e;
	} else {
		*slot = e;
		scope->count++;
	}
	return previous;
}

ScopeEntry *scope_find_local(const Scope *scope, const char *name)
{
	if (!scope->cap)
		return NULL;
	return *find_slot(scope, name, hash_name(name));
}

ScopeEntry *scope_find(const Scope *scope, const char *name, bool (*accept)(const Node *decl),
		       const Scope **where)
{
	unsigned hash = hash_name(name);
	for (; scope; scope = scope->parent) {
		if (!scope->cap)
			continue;
		for (ScopeEntry *e = *find_slot(scope, name, hash); e; e = e->next) {
			if (!accept || accept(e->decl)) {
				if (where)
					*where = scope;
				return e;
			}
		}
	}
	return NULL;
}
