/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* sema_table.c: tables (P4-16 spec, "Tables"): keys and their match kinds,
 * the actions list and which parameters it binds, the default action,
 * entries (keysets against keys, actions, priorities), size and the other
 * properties. The result is the table's SemaTable (sema.h). */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "sema.h"

/* Appends to an arena array whose capacity is the next power of two (at
 * least 4): amortised O(1). */
static void push(Sema *s, Node ***arr, int *n, Node *item)
{
	int k = *n;
	if (k == 0) {
		*arr = arena_alloc(s->arena, sizeof(Node *) * 4);
	} else if (k >= 4 && (k & (k - 1)) == 0) {
		Node **bigger = arena_alloc(s->arena, sizeof(Node *) * (size_t)k * 2);
		memcpy(bigger, *arr, sizeof(Node *) * (size_t)k);
		*arr = bigger;
	}
	(*arr)[(*n)++] = item;
}

/* ---- keys ---- */

static void keys(Sema *s, SemaTable *info, Node *prop)
{
	for (Node *k = prop->items; k; k = k->next) {
		Type *t = sema_expr(s, k->expr);
		if (!type_is_invalid(t)) {
			if (t->kind == TY_INT)
				sema_error(s, k->expr->loc, "a table key cannot have type int: give it a width");
			else if (!type_supports_equality(t) || t->kind == TY_STRING)
				sema_error(s, k->expr->loc, "a table key cannot have type %s", sema_tstr(s, t));
		}
		ScopeEntry *e = scope_find(s->scope, k->name, sema_is_value_decl, NULL);
		Loc at = sema_name_loc(s, k);
		if (!e) {
			sema_error(s, at, "use of undeclared match_kind '%s'", k->name);
		} else if (e->decl->kind != N_IDENT || !e->decl->ty || e->decl->ty->kind != TY_MATCH_KIND) {
			sema_error(s, at, "'%s' is not a match_kind", k->name);
			diag_note(s->diag, e->decl->loc, "'%s' is declared here as a %s", k->name,
				  sema_decl_what(e->decl));
		} else {
			k->ref = e->decl;
		}
		push(s, &info->keys, &info->nkeys, k);
	}
}

/* ---- actions ---- */

static Node *resolve_action(Sema *s, Node *path)
{
	if (path->kind != N_PATH) {
		sema_error(s, path->loc, "an action name was expected here");
		return NULL;
	}
	const Scope *from = path->is_global ? s->global : s->scope;
	ScopeEntry *e = scope_find(from, path->name, sema_is_value_decl, NULL);
	if (!e) {
		sema_error(s, path->loc, "use of undeclared action '%s'", path->name);
		return NULL;
	}
	if (e->decl->kind != N_ACTION_DECL) {
		sema_error(s, path->loc, "'%s' is not an action", path->name);
		diag_note(s->diag, e->decl->loc, "'%s' is declared here as a %s", path->name, sema_decl_what(e->decl));
		return NULL;
	}
	path->ref = e->decl;
	path->ty = e->decl->ty;
	return e->decl;
}

static Node *list_entry(const SemaTable *info, const Node *action)
{
	for (int i = 0; i < info->nactions; i++)
		if (info->actions[i]->ref == action)
			return info->actions[i];
	return NULL;
}

Node *sema_table_action(Sema *s, const Type *table, const char *name)
{
	(void)s;
	const SemaTable *info = table->table;
	if (!info)
		return NULL;
	for (int i = 0; i < info->nactions; i++) {
		Node *a = info->actions[i];
		if (a->ref && strcmp(a->ref->name, name) == 0)
			return a->ref;
	}
	return NULL;
}

/* "Each action parameter that has a direction (in, inout, or out) must be
 * bound in the actions list specification; conversely, no directionless
 * parameters may be bound in the list." (Actions) */
static void bind_list_args(Sema *s, Node *ref, Node *action)
{
	Type *t = action->ty;
	int ndir = 0;
	while (ndir < t->nparams && t->params[ndir].dir != DIR_NONE)
		ndir++;
	int nargs = list_length(ref->args);
	if (nargs > ndir) {
		Node *a = ref->args;
		for (int i = 0; i < ndir; i++)
			a = a->next;
		sema_error(s, a->loc, "directionless (action data) parameter '%s' of '%s' cannot be bound in the "
				      "actions list",
			   ndir < t->nparams ? t->params[ndir].name : "?", action->name);
		return;
	}
	Node tmp = {.kind = N_CALL, .loc = ref->loc};
	if (!sema_bind_args(s, &tmp, t->params, ndir, ref->args, action->name, ref->loc))
		return;
	ref->bound = arena_alloc(s->arena, sizeof(Node *) * (size_t)(t->nparams ? t->nparams : 1));
	ref->nbound = t->nparams;
	memcpy(ref->bound, tmp.bound, sizeof(Node *) * (size_t)ndir);
	bool saved = s->in_action_args;
	s->in_action_args = true;
	for (int i = 0; i < ndir; i++)
		if (ref->bound[i])
			sema_expr(s, ref->bound[i]);
	sema_check_args(s, ref, t->params, ndir, true);
	s->in_action_args = saved;
}

static void actions(Sema *s, SemaTable *info, Node *prop)
{
	for (Node *a = prop->items; a; a = a->next) {
		Node *action = resolve_action(s, a->expr);
		if (!action)
			continue;
		a->ref = action;
		/* "Each action in the list of actions for a table must have a
		 * distinct name" */
		bool dup = false;
		for (int i = 0; i < info->nactions && !dup; i++)
			if (strcmp(info->actions[i]->ref->name, action->name) == 0) {
				sema_error(s, a->loc, "action '%s' appears twice in the actions of table %s", action->name,
					   info->decl->name);
				diag_note(s->diag, info->actions[i]->loc, "it is also listed here");
				dup = true;
			}
		if (dup || !action->ty)
			continue;
		bind_list_args(s, a, action);
		push(s, &info->actions, &info->nactions, a);
	}
}

/* The arguments of a default action or an entry: directional ones as in the
 * actions list, directionless (action data) ones compile-time known. */
static void bind_full_args(Sema *s, Node *node, Node *args, Node *action, Node *listed, const char *what)
{
	Type *t = action->ty;
	if (!sema_bind_args(s, node, t->params, t->nparams, args, action->name, sema_start(node)))
		return;
	bool saved = s->in_action_args;
	s->in_action_args = true;
	for (int i = 0; i < t->nparams; i++) {
		Node *a = node->bound[i];
		if (!a)
			continue;
		if (t->params[i].dir != DIR_NONE) {
			/* "the expressions passed as in, out, or inout parameters must
			 * be syntactically identical to the expressions used in one of
			 * the elements of the actions list" */
			Node *want = listed && listed->bound && i < listed->nbound ? listed->bound[i] : NULL;
			if (!sema_same_expr(want, a)) {
				sema_error(s, a->loc, "the argument for parameter '%s' of %s must be the same as in the "
						      "actions list",
					   t->params[i].name, what);
				diag_note(s->diag, listed->loc, "'%s' is listed here", action->name);
			}
			sema_expr(s, a);
		} else {
			sema_expr(s, a);
		}
	}
	sema_check_args(s, node, t->params, t->nparams, true);
	for (int i = 0; i < t->nparams; i++) {
		Node *a = node->bound[i];
		if (a && t->params[i].dir == DIR_NONE && !type_is_invalid(a->ty) && !sema_is_compile_time(s, a))
			sema_error(s, a->loc, "the argument for action data parameter '%s' of %s must be a compile-time "
					      "known value",
				   t->params[i].name, what);
	}
	s->in_action_args = saved;
}

static void default_action(Sema *s, SemaTable *info, Node *prop, bool after_actions)
{
	/* "If present, the default_action property must appear after the
	 * action property." */
	if (!after_actions) {
		sema_error(s, prop->loc, "default_action must come after the actions property");
		return;
	}
	Node *e = prop->init;
	Node *path = e, *args = NULL;
	if (e->kind == N_CALL) {
		path = e->expr;
		args = e->args;
	}
	Node *action = resolve_action(s, path);
	if (!action || !action->ty)
		return;
	e->ref = action;
	Node *listed = list_entry(info, action);
	if (!listed) {
		sema_error(s, path->loc, "default action '%s' is not in the actions list of table %s", action->name,
			   info->decl->name);
		return;
	}
	if (sema_annotation(listed, "tableonly"))
		sema_error(s, path->loc, "action '%s' is @tableonly: it cannot be the default action", action->name);
	bind_full_args(s, e, args, action, listed, "the default action");
	e->ty = s->t.void_;
	info->default_action = e;
	info->default_decl = action;
	info->default_is_const = prop->is_const;
}

/* ---- entries (P4-16 spec, "Entries" and "Entry priorities") ---- */

static const char *match_kind_of(const SemaTable *info, int i)
{
	Node *mk = info->keys[i]->ref;
	return mk ? mk->name : "";
}

static bool is_lpm_prefix(const Value *mask, int width)
{
	/* ~mask (in width bits) + 1 must be a power of two: ones then zeros. */
	if (!mask || mask->kind != VAL_INT || width <= 0)
		return true;
	mpz_t inv, all;
	mpz_init(inv);
	mpz_init(all);
	mpz_setbit(all, (mp_bitcnt_t)width);
	mpz_sub_ui(all, all, 1);
	mpz_xor(inv, mask->num, all);
	mpz_and(inv, inv, all);
	mpz_add_ui(inv, inv, 1);
	bool ok = mpz_popcount(inv) == 1;
	mpz_clear(inv);
	mpz_clear(all);
	return ok;
}

/* What a keyset element may be for the match kind of its key. */
static void check_element(Sema *s, const SemaTable *info, int i, Node *ks)
{
	if (type_is_invalid(ks->ty))
		return;
	const char *mk = match_kind_of(info, i);
	if (ks->kind == N_MASK) {
		if (strcmp(mk, "lpm") == 0 && ks->rhs->value && info->keys[i]->expr->ty &&
			 type_is_fixed_int(type_numeric(info->keys[i]->expr->ty)) &&
			 !is_lpm_prefix(ks->rhs->value, type_numeric(info->keys[i]->expr->ty)->width))
			sema_error(s, ks->rhs->loc, "the mask of an lpm key must be a prefix: ones followed by zeros");
	}
	if (!ks->value && !type_is_invalid(ks->ty))
		sema_error(s, ks->loc, "the keyset of an entry must be a compile-time known value");
}

static void entry(Sema *s, SemaTable *info, Node *en, Type **keys, bool const_entries)
{
	sema_keyset(s, en->expr, keys, info->nkeys, "the keyset of an entry");
	Node *ks = en->expr;
	if (ks->kind == N_TUPLE_KEYSET && list_length(ks->items) == info->nkeys) {
		int i = 0;
		for (Node *item = ks->items; item; item = item->next, i++)
			check_element(s, info, i, item);
	} else if (info->nkeys == 1 || ks->kind == N_DEFAULT || ks->kind == N_DONTCARE) {
		check_element(s, info, 0, ks);
	}
	Node *ref = en->action;
	Node *action = ref ? resolve_action(s, ref->expr) : NULL;
	if (action && action->ty) {
		ref->ref = action;
		Node *listed = list_entry(info, action);
		if (!listed) {
			sema_error(s, ref->loc, "action '%s' is not in the actions list of table %s", action->name,
				   info->decl->name);
		} else {
			/* "must not have the @defaultonly annotation" */
			if (sema_annotation(listed, "defaultonly"))
				sema_error(s, ref->loc, "action '%s' is @defaultonly: it cannot be used in entries",
					   action->name);
			bind_full_args(s, ref, ref->args, action, listed, "an entry's action");
		}
	}
	if (en->priority) {
		/* "assigning numeric priorities to entries of a table that has
		 * const entries is not allowed" */
		if (const_entries)
			sema_error(s, en->start_loc,
				   "a priority is not allowed in the entries of a table with const entries");
		else
			sema_const_nonneg(s, en->priority, "a priority", LONG_MAX);
	}
}

static bool has_nowarn(const Node *prop, const char *what)
{
	for (Node *a = prop->annotations; a; a = a->next) {
		if (!a->name || strcmp(a->name, "noWarn") != 0)
			continue;
		for (Node *t = a->items; t; t = t->next)
			if (t->text && strstr(t->text, what))
				return true;
	}
	return false;
}

static int cmp_prio(const void *a, const void *b)
{
	long x = *(const long *)a, y = *(const long *)b;
	return (x > y) - (x < y);
}

static void priorities(Sema *s, SemaTable *info, Node *prop, bool largest_wins, long delta)
{
	int n = info->nentries;
	if (!n)
		return;
	long *prio = xmalloc(sizeof(long) * (size_t)n);
	bool any = false;
	for (int j = 0; j < n; j++)
		any = any || info->entries[j]->priority;
	if (!any) {
		/* No priority given: 1, 1+delta, ... from the last entry (largest
		 * wins) or from the first. */
		long p = 1;
		for (int k = 0; k < n; k++) {
			int j = largest_wins ? n - 1 - k : k;
			prio[j] = p;
			p += delta;
		}
	} else {
		Node *first = info->entries[0]->priority;
		if (!first)
			sema_error(s, info->entries[0]->loc,
				   "the first entry must have a priority when other entries have one");
		long p = 0;
		for (int j = 0; j < n; j++) {
			Node *pr = info->entries[j]->priority;
			long v;
			if (pr && sema_value_long(pr->value, &v))
				p = v;
			else if (j > 0)
				p = largest_wins ? p - delta : p + delta;
			prio[j] = p;
			if (p < 0 && !pr)
				sema_error(s, info->entries[j]->loc, "this entry's priority would be negative (%ld)", p);
		}
		info->has_priorities = true;
		if (!has_nowarn(prop, "entries_out_of_priority_order"))
			for (int j = 0; j + 1 < n; j++)
				if (largest_wins ? prio[j] < prio[j + 1] : prio[j] > prio[j + 1])
					diag_warning(s->diag, info->entries[j + 1]->loc,
						     "entries are out of priority order: %ld then %ld", prio[j], prio[j + 1]);
		if (!has_nowarn(prop, "duplicate_priorities")) {
			long *sorted = xmalloc(sizeof(long) * (size_t)n);
			memcpy(sorted, prio, sizeof(long) * (size_t)n);
			qsort(sorted, (size_t)n, sizeof(long), cmp_prio);
			for (int j = 0; j + 1 < n; j++)
				if (sorted[j] == sorted[j + 1]) {
					for (int k = 0; k < n; k++)
						if (prio[k] == sorted[j]) {
							diag_warning(s->diag, info->entries[k]->loc,
								     "several entries have priority %ld", sorted[j]);
							break;
						}
					break;
				}
			free(sorted);
		}
	}
	for (int j = 0; j < n; j++)
		info->entries[j]->value = value_from_i64(s->pool, value_type_infint(), prio[j], NULL);
	free(prio);
}

static void entries(Sema *s, SemaTable *info, Node *prop, bool largest_wins, long delta)
{
	/* "Entries cannot be specified for a table with no key" */
	if (!info->nkeys) {
		sema_error(s, prop->loc, "a table without a key cannot have entries");
		return;
	}
	info->entries_const = prop->is_const;
	Type **keys = arena_alloc(s->arena, sizeof(Type *) * (size_t)info->nkeys);
	for (int i = 0; i < info->nkeys; i++)
		keys[i] = info->keys[i]->expr->ty ? info->keys[i]->expr->ty : s->t.invalid;
	/* "If they are all exact, duplicate keys are not allowed" (Entry priorities) */
	bool all_exact = true;
	for (int i = 0; i < info->nkeys; i++)
		all_exact = all_exact && strcmp(match_kind_of(info, i), "exact") == 0;
	Scope *seen = scope_new(s->arena, NULL, SCOPE_BLOCK);
	for (Node *en = prop->items; en; en = en->next) {
		entry(s, info, en, keys, prop->is_const);
		push(s, &info->entries, &info->nentries, en);
		if (!all_exact || !en->expr->value)
			continue;
		StrBuf sb = {0};
		value_format(&sb, en->expr->value);
		const char *key = arena_strdup(s->arena, sb.data ? sb.data : "");
		strbuf_free(&sb);
		ScopeEntry *prev = scope_add(s->arena, seen, key, en);
		if (prev) {
			sema_error(s, sema_start(en->expr), "duplicate entry: the keys are exact and an earlier entry "
							    "has the same keyset %s",
				   key);
			diag_note(s->diag, prev->decl->loc, "the earlier entry is here");
		}
	}
	for (int i = 0; i < info->nkeys; i++)
		if (strcmp(match_kind_of(info, i), "exact") != 0)
			info->has_priorities = true;
	priorities(s, info, prop, largest_wins, delta);
}

/* ---- the table ---- */

static const char *prop_name(const Node *p)
{
	switch (p->kind) {
	case N_KEY_PROPERTY: return "key";
	case N_ACTIONS_PROPERTY: return "actions";
	case N_ENTRIES_PROPERTY: return "entries";
	default: return p->name;
	}
}

/* A property whose value is an expression: constructor invocations are
 * allowed (`implementation = ActionProfile(32)`). */
static Type *property_expr(Sema *s, Node *p)
{
	bool saved = s->allow_construct;
	s->allow_construct = true;
	Type *t = sema_expr(s, p->init);
	s->allow_construct = saved;
	return t;
}

void sema_table(Sema *s, Node *d)
{
	SemaTable *info = arena_alloc(s->arena, sizeof(*info));
	info->decl = d;
	Type *t = type_new(s->arena, TY_TABLE);
	t->name = d->name;
	t->decl = d;
	t->table = info;
	d->ty = t;
	SemaContext saved = s->ctx;
	s->ctx = CTX_TABLE;
	Scope *names = scope_new(s->arena, NULL, SCOPE_BLOCK);
	Node *entries_prop = NULL;
	bool seen_actions = false, largest_wins = true;
	long delta = 1;
	for (Node *p = d->items; p; p = p->next) {
		const char *name = prop_name(p);
		/* "Note duplicated properties are invalid and the compiler should
		 * reject them." */
		ScopeEntry *prev = scope_add(s->arena, names, name, p);
		if (prev) {
			sema_error(s, p->loc, "duplicate table property '%s'", name);
			diag_note(s->diag, prev->decl->loc, "'%s' is already given here", name);
			continue;
		}
		switch (p->kind) {
		case N_KEY_PROPERTY: keys(s, info, p); continue;
		case N_ACTIONS_PROPERTY:
			actions(s, info, p);
			seen_actions = true;
			continue;
		case N_ENTRIES_PROPERTY: entries_prop = p; continue;
		default: break;
		}
		if (strcmp(name, "default_action") == 0) {
			default_action(s, info, p, seen_actions);
		} else if (strcmp(name, "size") == 0) {
			/* "its value must always be a compile-time known value that is an integer" */
			if (sema_const_nonneg(s, p->init, "the size of a table", LONG_MAX) >= 0)
				info->size = p->init->value;
		} else if (strcmp(name, "largest_priority_wins") == 0) {
			Type *bt = sema_expr(s, p->init);
			if (!type_is_invalid(bt) && (bt->kind != TY_BOOL || !p->init->value))
				sema_error(s, p->init->loc, "largest_priority_wins must be a compile-time known boolean");
			else if (p->init->value)
				largest_wins = p->init->value->boolean;
		} else if (strcmp(name, "priority_delta") == 0) {
			long v = sema_const_range(s, p->init, "priority_delta", 1, LONG_MAX / 4);
			if (v > 0)
				delta = v;
		} else if (strcmp(name, "implementation") == 0) {
			property_expr(s, p);
			info->implementation = p->init;
		} else {
			property_expr(s, p);
			push(s, &info->props, &info->nprops, p);
		}
	}
	if (entries_prop)
		entries(s, info, entries_prop, largest_wins, delta);
	/* "The compiler must set the default_action to NoAction ... for tables
	 * that do not define the default_action property." */
	if (!info->default_action)
		info->default_decl = s->no_action;
	s->ctx = saved;
	sema_declare(s, d->name, d);
}
