/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* sema_expr.c: expressions (P4-16 spec, "Expressions"): names, members,
 * indexing and slices, operators with their width and signedness rules,
 * casts, tuple and structure-valued expressions; the implicit casts of
 * "Implicit casts"; l-values; keysets. Constants are folded as they are
 * typed, with consteval. */
#include <string.h>

#include "sema.h"

static Type *expr(Sema *s, Node *e);

Type *sema_expr(Sema *s, Node *e)
{
	if (!e)
		return s->t.invalid;
	Type *t = expr(s, e);
	if (!t)
		t = s->t.invalid;
	e->ty = t;
	return t;
}

Node *sema_unwrap(Node *e)
{
	while (e && e->kind == N_CAST && e->is_implicit)
		e = e->expr;
	return e;
}

void sema_cond(Sema *s, Node *e, const char *what)
{
	Type *t = sema_expr(s, e);
	if (!type_is_invalid(t) && t->kind != TY_BOOL)
		sema_error(s, e->loc, "%s must be a boolean, not %s", what, sema_tstr(s, t));
}

static bool invalid2(const Type *a, const Type *b)
{
	return type_is_invalid(a) || type_is_invalid(b);
}

/* ---- implicit casts (P4-16 spec, "Implicit casts") ---- */

/* Rewrites e in place into an implicit cast of (a copy of) itself. */
static void wrap_cast(Sema *s, Node *e, Type *to)
{
	Node *inner = arena_alloc(s->arena, sizeof(*inner));
	*inner = *e;
	inner->next = NULL;
	Node *next = e->next;
	Loc loc = e->loc;
	memset(e, 0, sizeof(*e));
	e->kind = N_CAST;
	e->loc = loc;
	e->next = next;
	e->expr = inner;
	e->is_implicit = true;
	e->ty = to;
	e->value = sema_convert_value(s, inner->value, to, loc);
}

static bool has_default_value(const Type *t)
{
	/* "some types do not have default values, e.g., match_kind, set types,
	 * function types, extern types, parser types, control types, package
	 * types" (Default values) */
	switch (t->kind) {
	case TY_MATCH_KIND:
	case TY_VOID:
	case TY_VAR:
		return false;
	case TY_STRUCT:
	case TY_HEADER:
	case TY_HEADER_UNION:
		for (int i = 0; i < t->nfields; i++)
			if (!has_default_value(t->fields[i].type))
				return false;
		return true;
	case TY_TUPLE:
		for (int i = 0; i < t->nelems; i++)
			if (!has_default_value(t->elems[i]))
				return false;
		return true;
	case TY_STACK:
		return has_default_value(t->elem);
	default:
		return type_is_value_type(t);
	}
}

static bool ends_with_dots(const Node *e)
{
	const Node *last = e->items;
	while (last && last->next)
		last = last->next;
	return last && last->kind == N_DOTS;
}

/* Checks (and when `report`, explains) whether e, of type `from`, converts
 * implicitly to `to`. */
static bool check_coerce(Sema *s, const Node *e, const Type *from, const Type *to, const char *what, bool report)
{
	if (type_is_invalid(from) || type_is_invalid(to))
		return true;
	if (type_equal(from, to) && e->kind != N_STRUCT_EXPR)
		return true;
	switch (from->kind) {
	case TY_INT:
		if (type_is_fixed_int(to))
			return true;
		break;
	case TY_ENUM:
		if (from->base && type_equal(from->base, to))
			return true;
		break;
	case TY_DEFAULT:
		if (has_default_value(to))
			return true;
		if (report)
			sema_error(s, e->loc, "incompatible types in %s: type %s has no default value for '...'", what,
				   sema_tstr(s, to));
		return false;
	case TY_PARSER:
	case TY_CONTROL:
		/* A parser or control fits a parser or control type with the same
		 * apply signature (directions and types). */
		if (to->kind == from->kind && to->nparams == from->nparams) {
			int i = 0;
			while (i < to->nparams && to->params[i].dir == from->params[i].dir &&
			       type_equal(to->params[i].type, from->params[i].type))
				i++;
			if (i == to->nparams)
				return true;
		}
		break;
	case TY_INVALID_HEADER:
		if (type_is_header_like(to))
			return true;
		if (report)
			sema_error(s, e->loc, "incompatible types in %s: '{#}' is an invalid header, not a value of type %s",
				   what, sema_tstr(s, to));
		return false;
	default:
		break;
	}
	if (e->kind == N_LIST_EXPR) {
		bool dots = ends_with_dots(e);
		int n = list_length(e->items) - dots;
		int want;
		Type *elem = NULL;
		switch (to->kind) {
		case TY_TUPLE: want = to->nelems; break;
		case TY_STRUCT:
		case TY_HEADER: want = to->decl ? to->nfields : -1; break;
		case TY_STACK: want = to->size; elem = to->elem; break;
		case TY_LIST: want = n; elem = to->elem; dots = false; break;
		default: want = -1; break;
		}
		if (want < 0)
			goto mismatch;
		if (dots ? n > want : n != want) {
			if (report)
				sema_error(s, e->loc, "wrong number of elements in %s: %d given, but %s needs %s%d", what,
					   n, sema_tstr(s, to), dots ? "at most " : "", want);
			return false;
		}
		int i = 0;
		for (const Node *item = e->items; item && i < n; item = item->next, i++) {
			const Type *it = to->kind == TY_TUPLE ? to->elems[i]
					 : elem		      ? elem
							      : to->fields[i].type;
			if (!check_coerce(s, item, item->ty, it, what, report))
				return false;
		}
		return true;
	}
	if (e->kind == N_STRUCT_EXPR) {
		if ((to->kind != TY_STRUCT && to->kind != TY_HEADER) || !to->decl)
			goto mismatch;
		int given = 0;
		for (const Node *item = e->items; item; item = item->next) {
			const Field *f = type_field(to, item->name);
			if (!f) {
				if (report)
					sema_error(s, item->loc, "%s has no member '%s'", sema_tstr(s, to), item->name);
				return false;
			}
			if (!check_coerce(s, item->expr, item->expr->ty, f->type, what, report))
				return false;
			given++;
		}
		/* "Structure-valued expressions that do not have ... must provide a
		 * value for every member" (Operations on structure-valued expressions) */
		if (!e->has_dots && given != to->nfields) {
			if (report)
				for (int i = 0; i < to->nfields; i++) {
					const Node *item = e->items;
					while (item && strcmp(item->name, to->fields[i].name) != 0)
						item = item->next;
					if (!item) {
						sema_error(s, e->loc, "missing elements in %s: no value is given for field '%s' of %s",
							   what, to->fields[i].name, sema_tstr(s, to));
						break;
					}
				}
			return false;
		}
		return true;
	}
mismatch:
	if (report) {
		const Type *nf = type_numeric(from);
		const char *why = "";
		if (type_is_fixed_int(nf) && type_is_fixed_int(to) && nf->kind == to->kind)
			why = " (the widths differ)";
		else if (type_is_fixed_int(nf) && type_is_fixed_int(to))
			why = " (the signedness differs)";
		sema_error(s, sema_start(e), "incompatible types in %s: %s cannot be converted to %s%s", what,
			   sema_tstr(s, from), sema_tstr(s, to), why);
	}
	return false;
}

bool sema_can_coerce(Sema *s, const Node *e, const Type *from, const Type *to)
{
	return check_coerce(s, e, from, to, "", false);
}

static const Value *list_value(Sema *s, Node *const *items, int n)
{
	const Value **vals = arena_alloc(s->arena, sizeof(Value *) * (size_t)(n ? n : 1));
	for (int i = 0; i < n; i++) {
		if (!items[i] || !items[i]->value)
			return NULL;
		vals[i] = items[i]->value;
	}
	return value_list(s->pool, vals, n);
}

static void do_coerce(Sema *s, Node *e, Type *to)
{
	Type *from = e->ty;
	if (e->kind == N_LIST_EXPR) {
		int n = list_length(e->items);
		Node **items = arena_alloc(s->arena, sizeof(Node *) * (size_t)(n ? n : 1));
		int i = 0;
		bool dots = false;
		for (Node *item = e->items; item; item = item->next, i++) {
			items[i] = item;
			if (item->kind == N_DOTS && !item->next) {
				item->ty = to; /* the remaining elements get default values */
				dots = true;
				break;
			}
			Type *it = to->kind == TY_TUPLE ? to->elems[i]
				   : to->kind == TY_STACK || to->kind == TY_LIST ? to->elem
				   : to->fields[i].type;
			if (!type_equal(item->ty, it) || item->kind == N_LIST_EXPR || item->kind == N_STRUCT_EXPR)
				do_coerce(s, item, it);
			else
				item->ty = it;
		}
		e->ty = to;
		e->value = dots ? NULL : list_value(s, items, n);
		return;
	}
	if (e->kind == N_STRUCT_EXPR) {
		Node **items = arena_alloc(s->arena, sizeof(Node *) * (size_t)(to->nfields ? to->nfields : 1));
		for (Node *item = e->items; item; item = item->next) {
			int i = type_field_index(to, item->name);
			Type *ft = to->fields[i].type;
			if (!type_equal(item->expr->ty, ft) || item->expr->kind == N_LIST_EXPR ||
			    item->expr->kind == N_STRUCT_EXPR)
				do_coerce(s, item->expr, ft);
			item->ty = ft;
			item->ref = to->fields[i].decl;
			item->value = item->expr->value;
			items[i] = item;
		}
		e->ty = to;
		e->value = e->has_dots ? NULL : list_value(s, items, to->nfields);
		return;
	}
	if (type_equal(from, to)) {
		e->ty = to;
		return;
	}
	if (from->kind == TY_DEFAULT || from->kind == TY_INVALID_HEADER) {
		e->ty = to;
		return;
	}
	if (from->kind == TY_PARSER || from->kind == TY_CONTROL)
		return; /* an instance keeps its own type */
	wrap_cast(s, e, to);
}

bool sema_coerce(Sema *s, Node *e, Type *to, const char *what)
{
	Type *from = e->ty;
	if (!from || type_is_invalid(from) || type_is_invalid(to))
		return true;
	if (!check_coerce(s, e, from, to, what, false)) {
		check_coerce(s, e, from, to, what, true);
		return false;
	}
	do_coerce(s, e, to);
	return true;
}

bool sema_expr_to(Sema *s, Node *e, Type *to, const char *what)
{
	sema_expr(s, e);
	return sema_coerce(s, e, to, what);
}

/* ---- l-values (P4-16 spec, "L-values") ---- */

/* `what` says what is done to the l-value, with %s for it: "assign to %s". */
static void lvalue_error(Sema *s, Loc at, const char *what, const char *object, const char *why)
{
	StrBuf sb = {0};
	const char *hole = strstr(what, "%s");
	if (hole) {
		strbuf_add(&sb, what, (size_t)(hole - what));
		strbuf_puts(&sb, object);
		strbuf_puts(&sb, hole + 2);
	} else {
		strbuf_puts(&sb, what);
	}
	sema_error(s, at, "cannot %s: %s", sb.data, why);
	strbuf_free(&sb);
}

static bool lvalue(Sema *s, Node *e, const char *what, bool report, Loc at)
{
	switch (e->kind) {
	case N_PATH: {
		Node *d = e->ref;
		if (!d)
			return true;
		if (d->kind == N_VAR_DECL)
			return true;
		if (d->kind == N_PARAM && (d->direction == DIR_OUT || d->direction == DIR_INOUT))
			return true;
		if (!report)
			return false;
		const char *name = arena_printf(s->arena, "'%s'", e->name);
		/* "in parameters are read-only"; action data and constants too. */
		if (d->kind == N_PARAM && d->direction == DIR_IN)
			lvalue_error(s, at, what, name, "'in' parameters are read-only");
		else if (d->kind == N_PARAM)
			lvalue_error(s, at, what, name, "directionless parameters are read-only");
		else if (d->kind == N_CONST_DECL)
			lvalue_error(s, at, what, name, "constants are read-only");
		else
			lvalue_error(s, at, what, name,
				     arena_printf(s->arena, "%s %s is not an l-value",
						  strchr("aeiou", sema_decl_what(d)[0]) ? "an" : "a", sema_decl_what(d)));
		return false;
	}
	case N_MEMBER:
		if (e->builtin == BI_NEXT || (e->builtin == BI_NONE && e->ref && e->ref->kind == N_FIELD))
			return lvalue(s, e->expr, what, report, at);
		break;
	case N_INDEX:
		if (e->expr->ty && e->expr->ty->kind == TY_STACK)
			return lvalue(s, e->expr, what, report, at);
		if (report)
			lvalue_error(s, at, what, "an element of a tuple", "it is not an l-value");
		return false;
	case N_SLICE:
	case N_PART_SELECT:
		return lvalue(s, e->expr, what, report, at);
	default:
		break;
	}
	if (report)
		lvalue_error(s, at, what, "this expression", "it is not an l-value");
	return false;
}

bool sema_check_lvalue(Sema *s, Node *e, const char *what)
{
	if (!e->ty || type_is_invalid(e->ty))
		return true;
	return lvalue(s, e, what, true, sema_start(e));
}

/* ---- names ---- */

static Type *path(Sema *s, Node *e)
{
	const Scope *from = e->is_global ? s->global : s->scope;
	ScopeEntry *en = scope_find(from, e->name, sema_is_value_decl, NULL);
	if (!en) {
		ScopeEntry *t = scope_find(from, e->name, NULL, NULL);
		if (t)
			sema_error(s, e->loc, "'%s' is a type, not a value", e->name);
		else
			sema_error(s, e->loc, "use of undeclared name '%s'", e->name);
		return NULL;
	}
	Node *d = en->decl;
	e->ref = d;
	if (d->kind == N_CONST_DECL || d->kind == N_IDENT)
		e->value = d->value;
	return d->ty;
}

/* ---- members ---- */

static bool is_type_syntax(const Node *n)
{
	switch (n->kind) {
	case N_TYPE_NAME:
	case N_TYPE_SPECIALIZED:
	case N_TYPE_ERROR:
	case N_TYPE_BOOL:
	case N_TYPE_BIT:
	case N_TYPE_INT:
	case N_TYPE_VARBIT:
	case N_TYPE_MATCH_KIND:
	case N_TYPE_STRING:
		return true;
	default:
		return false;
	}
}

static SemaBuiltin builtin_named(const char *name)
{
	for (int b = BI_NONE + 1; b < BI_COUNT; b++)
		if (strcmp(sema_builtin_name((SemaBuiltin)b), name) == 0)
			return (SemaBuiltin)b;
	return BI_NONE;
}

static bool is_method_builtin(SemaBuiltin b)
{
	switch (b) {
	case BI_IS_VALID:
	case BI_SET_VALID:
	case BI_SET_INVALID:
	case BI_PUSH_FRONT:
	case BI_POP_FRONT:
	case BI_APPLY:
	case BI_MIN_SIZE_IN_BITS:
	case BI_MIN_SIZE_IN_BYTES:
	case BI_MAX_SIZE_IN_BITS:
	case BI_MAX_SIZE_IN_BYTES:
		return true;
	default:
		return false;
	}
}

static Type *type_member(Sema *s, Node *e)
{
	Node *base = e->expr;
	if (base->kind == N_TYPE_ERROR) {
		base->ty = s->t.error;
		ScopeEntry *en = scope_find_local(s->errors, e->name);
		if (!en) {
			sema_error(s, sema_member_loc(s, e), "error has no member '%s'", e->name);
			return NULL;
		}
		e->ref = en->decl;
		e->value = en->decl->value;
		return s->t.error;
	}
	Type *bt = sema_type(s, base, 0);
	if (type_is_invalid(bt))
		return NULL;
	if (bt->kind == TY_ENUM) {
		const Field *f = type_field(bt, e->name);
		if (!f) {
			sema_error(s, sema_member_loc(s, e), "enum %s has no member '%s'", bt->name, e->name);
			diag_note(s->diag, bt->decl->loc, "enum %s is declared here", bt->name);
			return NULL;
		}
		e->ref = f->decl;
		e->value = f->decl->value;
		return bt;
	}
	if (is_method_builtin(builtin_named(e->name)))
		sema_error(s, sema_member_loc(s, e), "method '%s' must be called", e->name);
	else
		sema_error(s, sema_member_loc(s, e), "type %s has no member '%s'", sema_tstr(s, bt), e->name);
	return NULL;
}

static bool in_parser(const Sema *s)
{
	return s->ctx == CTX_STATE || s->ctx == CTX_PARSER_LOCALS;
}

static Type *member(Sema *s, Node *e)
{
	if (is_type_syntax(e->expr))
		return type_member(s, e);
	Type *bt = sema_expr(s, e->expr);
	if (type_is_invalid(bt))
		return NULL;
	SemaBuiltin b = builtin_named(e->name);
	if (type_has_fields(bt)) {
		int i = type_field_index(bt, e->name);
		if (i >= 0) {
			e->ref = bt->fields[i].decl;
			const Value *bv = e->expr->value;
			if (bv && bv->kind == VAL_LIST && i < bv->n_items)
				e->value = bv->items[i];
			return bt->fields[i].type;
		}
	}
	switch (bt->kind) {
	case TY_STACK:
		switch (b) {
		case BI_SIZE:
			e->builtin = b;
			e->value = value_from_u64(s->pool, value_type_bit(32), (uint64_t)bt->size, NULL);
			return s->t.bit32;
		case BI_NEXT:
		case BI_LAST:
		case BI_LAST_INDEX:
			e->builtin = b;
			if (!bt->is_stack) {
				sema_error(s, sema_member_loc(s, e), "%s has no member '%s': it is not a header stack",
					   sema_tstr(s, bt), e->name);
				return NULL;
			}
			/* "May only be used in a parser." (Operations on header stacks) */
			if (!in_parser(s))
				sema_error(s, sema_member_loc(s, e),
					   "'%s' of a header stack is only allowed in a parser", e->name);
			return b == BI_LAST_INDEX ? s->t.bit32 : bt->elem;
		default:
			break;
		}
		break;
	case TY_APPLY_RESULT:
		if (b == BI_HIT || b == BI_MISS) {
			e->builtin = b;
			return s->t.bool_;
		}
		if (b == BI_ACTION_RUN) {
			e->builtin = b;
			/* "t.apply().action_run, which can only appear as the expression
			 * of a switch statement ... it must be the entire expression." */
			if (e != s->switch_expr)
				sema_error(s, sema_member_loc(s, e),
					   "'action_run' is only allowed as the whole expression of a switch statement");
			Type *t = type_new(s->arena, TY_ACTION_ENUM);
			t->name = bt->name;
			t->decl = bt->decl;
			t->table = bt->table;
			return t;
		}
		break;
	case TY_VAR:
		sema_error(s, sema_member_loc(s, e), "a value of type %s (a type variable) has no member '%s'",
			   sema_tstr(s, bt), e->name);
		return NULL;
	default:
		break;
	}
	if (is_method_builtin(b) || bt->kind == TY_EXTERN) {
		sema_error(s, sema_member_loc(s, e), "method '%s' must be called", e->name);
		return NULL;
	}
	if (type_has_fields(bt))
		sema_error(s, sema_member_loc(s, e), "%s %s has no member '%s'", type_kind_name(bt->kind),
			   sema_tstr(s, bt), e->name);
	else
		sema_error(s, sema_member_loc(s, e), "a value of type %s has no member '%s'", sema_tstr(s, bt),
			   e->name);
	return NULL;
}

/* ---- indexing and slices ---- */

/* A numeric operand used as an index or a bound: serializable enums become
 * their underlying type ("bit slicing indexes, array and header stack
 * indexes" are among the spec's implicit casts). */
static bool numeric_operand(Sema *s, Node *e, const char *what)
{
	Type *t = e->ty;
	if (type_is_invalid(t))
		return false;
	if (!type_is_numeric(t)) {
		sema_error(s, sema_start(e), "%s must be numeric, not %s", what, sema_tstr(s, t));
		return false;
	}
	if (type_is_ser_enum(t))
		sema_coerce(s, e, t->base, what);
	return true;
}

static Type *index_expr(Sema *s, Node *e)
{
	Type *bt = sema_expr(s, e->expr);
	sema_expr(s, e->index);
	if (type_is_invalid(bt) || !numeric_operand(s, e->index, "an index"))
		return NULL;
	long i = -1;
	bool known = sema_value_long(e->index->value, &i);
	if (e->index->value && !known)
		i = -1;
	const Value *bv = e->expr->value;
	if (bt->kind == TY_STACK) {
		/* "A P4 compiler must give an error if an index that is a
		 * compile-time known value is out of range." */
		if (e->index->value && (i < 0 || i >= bt->size)) {
			StrBuf sb = {0};
			value_format(&sb, e->index->value);
			sema_error(s, e->index->loc, "index %s is out of range for %s", sb.data, sema_tstr(s, bt));
			strbuf_free(&sb);
			return bt->elem;
		}
		if (bv && bv->kind == VAL_LIST && e->index->value && i < bv->n_items)
			e->value = bv->items[i];
		return bt->elem;
	}
	if (bt->kind == TY_TUPLE) {
		/* "The indexes must be local compile-time known values" (Operations
		 * on tuple expressions) */
		if (!e->index->value) {
			sema_error(s, e->index->loc, "the index of a tuple must be a compile-time known value");
			return NULL;
		}
		if (i < 0 || i >= bt->nelems) {
			sema_error(s, e->index->loc, "index %ld is out of range for %s", i, sema_tstr(s, bt));
			return NULL;
		}
		if (bv && bv->kind == VAL_LIST && i < bv->n_items)
			e->value = bv->items[i];
		return bt->elems[i];
	}
	sema_error(s, e->loc, "indexing cannot be applied to a value of type %s", sema_tstr(s, bt));
	return NULL;
}

/* The base of a slice: bit<W>, int<W> or int (serializable enums cast). */
static Type *slice_base(Sema *s, Node *base, Loc at)
{
	Type *bt = base->ty;
	if (type_is_invalid(bt))
		return NULL;
	if (type_is_ser_enum(bt)) {
		sema_coerce(s, base, bt->base, "slice");
		bt = base->ty;
	}
	if (!type_is_integer(bt)) {
		sema_error(s, at, "slicing cannot be applied to a value of type %s", sema_tstr(s, bt));
		return NULL;
	}
	return bt;
}

static bool slice_bound(Sema *s, Node *b, long *out)
{
	sema_expr(s, b);
	if (!numeric_operand(s, b, "a slice bound"))
		return false;
	/* "H and L must be expressions that evaluate to non-negative, local
	 * compile-time known values" */
	if (!b->value) {
		sema_error(s, sema_start(b), "a slice bound must be a compile-time known value");
		return false;
	}
	if (!sema_value_long(b->value, out) || *out > VALUE_MAX_WIDTH) {
		sema_error(s, sema_start(b), "this slice bound is out of range: it is too large");
		return false;
	}
	if (*out < 0) {
		sema_error(s, sema_start(b), "slice bound %ld is out of range: it must not be negative", *out);
		return false;
	}
	return true;
}

static Type *slice(Sema *s, Node *e)
{
	sema_expr(s, e->expr);
	Type *bt = slice_base(s, e->expr, e->loc);
	long hi, lo;
	bool ok = slice_bound(s, e->hi, &hi);
	ok = slice_bound(s, e->lo, &lo) && ok;
	if (!bt || !ok)
		return NULL;
	if (hi < lo) {
		sema_error(s, sema_start(e->hi), "slice [%ld:%ld]: the high bound must not be smaller than the low bound",
			   hi, lo);
		return NULL;
	}
	if (bt->kind != TY_INT && hi >= bt->width) {
		sema_error(s, sema_start(e->hi), "slice [%ld:%ld] is out of range for %s", hi, lo, sema_tstr(s, bt));
		return NULL;
	}
	if (e->expr->value) {
		e->value = value_slice(s->pool, e->expr->value, e->hi->value, e->lo->value);
		if (!e->value)
			sema_const_error(s, e->loc);
	}
	return sema_bits(s, TY_BIT, (int)(hi - lo + 1));
}

static Type *part_select(Sema *s, Node *e)
{
	sema_expr(s, e->expr);
	Type *bt = slice_base(s, e->expr, e->loc);
	long w = sema_const_nonneg(s, e->width, "the width of a slice", VALUE_MAX_WIDTH);
	sema_expr(s, e->index);
	bool ok = numeric_operand(s, e->index, "the low bit of a slice");
	if (!bt || w < 0 || !ok)
		return NULL;
	long lo;
	if (e->index->value) {
		if (!sema_value_long(e->index->value, &lo) || lo < 0 ||
		    (bt->kind != TY_INT && lo + w > bt->width)) {
			sema_error(s, e->index->loc, "slice [%s +: %ld] is out of range for %s",
				   sema_value_long(e->index->value, &lo) ? arena_printf(s->arena, "%ld", lo) : "?", w,
				   sema_tstr(s, bt));
			return NULL;
		}
	} else if (e->index->ty->kind != TY_BIT) {
		/* "An index that is not compile-time known must be a bit<W> type" */
		sema_error(s, e->index->loc, "the low bit of a slice must have type bit<W> when it is not "
					     "a compile-time known value");
		return NULL;
	}
	if (e->expr->value && e->index->value) {
		e->value = value_part_select(s->pool, e->expr->value, e->index->value, e->width->value);
		if (!e->value)
			sema_const_error(s, e->loc);
	}
	return sema_bits(s, TY_BIT, (int)w);
}

/* ---- operators ---- */

static void fold_unary(Sema *s, Node *e)
{
	if (!e->expr->value)
		return;
	e->value = value_unary(s->pool, e->op, e->expr->value);
	if (!e->value)
		sema_const_error(s, e->loc);
}

/* "when their operands are all local compile-time known values" (Compile-
 * time known values): `false && f()` is not, though its value is known. */
static void fold_binary(Sema *s, Node *e)
{
	const Value *a = e->lhs->value, *b = e->rhs->value;
	if (!a || !b)
		return;
	e->value = value_binary(s->pool, e->op, a, b);
	if (!e->value)
		sema_const_error(s, e->loc);
}

static Type *unary(Sema *s, Node *e)
{
	Type *t = sema_expr(s, e->expr);
	if (type_is_invalid(t))
		return NULL;
	switch (e->op) {
	case OP_NOT:
		if (t->kind != TY_BOOL) {
			sema_error(s, e->loc, "operator '!' cannot be applied to %s: it needs a boolean", sema_tstr(s, t));
			return NULL;
		}
		break;
	case OP_COMPL:
	case OP_NEG:
	case OP_PLUS:
		if (!type_is_numeric(t)) {
			sema_error(s, e->loc, "operator '%s' cannot be applied to %s", op_spelling(e->op), sema_tstr(s, t));
			return NULL;
		}
		if (type_is_ser_enum(t)) {
			sema_coerce(s, e->expr, t->base, "operand");
			t = e->expr->ty;
		}
		/* "bitwise-operations (|, &, ^, ~) are not defined on expressions
		 * of type int" (Operations on arbitrary-precision integers) */
		if (e->op == OP_COMPL && t->kind == TY_INT) {
			sema_error(s, e->loc, "operator '~' cannot be applied to int: the operand needs a width");
			return NULL;
		}
		break;
	default:
		return NULL;
	}
	fold_unary(s, e);
	return t;
}

/* A serializable enum operand becomes its underlying type (P4-16 spec,
 * "Implicit casts"); returns the operand's type. */
static Type *enum_as_base(Sema *s, Node *x)
{
	if (type_is_ser_enum(x->ty))
		sema_coerce(s, x, x->ty->base, "operand");
	return x->ty;
}

/* Serializable enums become their underlying type, then an int operand
 * takes the other operand's type (P4-16 spec, "Implicit casts"). Returns
 * the common type, or NULL after an error. */
static Type *same_numeric(Sema *s, Node *e, Node *l, Node *r)
{
	const char *op = op_spelling(e->op);
	Type *lt = l->ty, *rt = r->ty;
	if (!type_is_numeric(lt) || !type_is_numeric(rt)) {
		sema_error(s, e->loc, "operator '%s' cannot be applied to %s and %s", op, sema_tstr(s, lt),
			   sema_tstr(s, rt));
		return NULL;
	}
	lt = enum_as_base(s, l);
	rt = enum_as_base(s, r);
	if (type_equal(lt, rt))
		return lt;
	if (lt->kind == TY_INT) {
		sema_coerce(s, l, rt, "operand");
		return rt;
	}
	if (rt->kind == TY_INT) {
		sema_coerce(s, r, lt, "operand");
		return lt;
	}
	if (lt->kind == rt->kind)
		sema_error(s, e->loc, "operands of '%s' have different widths: %s and %s", op, sema_tstr(s, lt),
			   sema_tstr(s, rt));
	else
		sema_error(s, e->loc, "operands of '%s' have different signedness: %s and %s", op,
			   sema_tstr(s, lt), sema_tstr(s, rt));
	return NULL;
}

static bool is_flexible(const Node *e)
{
	Node *u = (Node *)e;
	return u->kind == N_LIST_EXPR || u->kind == N_STRUCT_EXPR || u->ty->kind == TY_DEFAULT ||
	       u->ty->kind == TY_INVALID_HEADER;
}

static Type *equality(Sema *s, Node *e, Node *l, Node *r)
{
	Type *lt = l->ty, *rt = r->ty;
	Type *t = NULL;
	if (type_is_numeric(lt) && type_is_numeric(rt) && !type_equal(lt, rt)) {
		t = same_numeric(s, e, l, r);
		if (!t)
			return NULL;
	} else if (type_equal(lt, rt) && !is_flexible(l) && !is_flexible(r)) {
		t = lt;
	} else if (is_flexible(r) && sema_can_coerce(s, r, rt, lt)) {
		sema_coerce(s, r, lt, "comparison");
		t = lt;
	} else if (is_flexible(l) && sema_can_coerce(s, l, lt, rt)) {
		sema_coerce(s, l, rt, "comparison");
		t = rt;
	} else if (type_equal(lt, rt)) {
		t = lt;
	} else {
		sema_error(s, e->loc, "operator '%s' cannot be applied to %s and %s", op_spelling(e->op),
			   sema_tstr(s, lt), sema_tstr(s, rt));
		return NULL;
	}
	if (!type_supports_equality(t)) {
		sema_error(s, e->loc, "operator '%s' cannot be applied to values of type %s", op_spelling(e->op),
			   sema_tstr(s, t));
		return NULL;
	}
	return t;
}

static Type *shift(Sema *s, Node *e, Node *l, Node *r)
{
	Type *lt = l->ty, *rt = r->ty;
	if (!type_is_numeric(lt)) {
		sema_error(s, e->loc, "operator '%s' cannot be applied to %s", op_spelling(e->op), sema_tstr(s, lt));
		return NULL;
	}
	lt = enum_as_base(s, l);
	if (type_is_ser_enum(rt) && rt->base->kind == TY_BIT) {
		sema_coerce(s, r, rt->base, "shift amount");
		rt = r->ty;
	}
	/* "the right operand must be either an expression of type bit<S> or a
	 * non-negative integer value that is known at compile time" */
	if (rt->kind == TY_INT) {
		if (!r->value) {
			sema_error(s, e->loc, "a shift amount of type int must be a compile-time known value");
			return NULL;
		}
		if (mpz_sgn(r->value->num) < 0) {
			sema_error(s, e->loc, "the shift amount must not be negative");
			return NULL;
		}
	} else if (rt->kind != TY_BIT) {
		sema_error(s, e->loc, "the shift amount must be unsigned (bit<W>), not %s", sema_tstr(s, rt));
		return NULL;
	}
	/* "1 << x: Either LHS should have a fixed width (bit shift), Or RHS must
	 * be compile-time known (int shift)" (Illegal arithmetic expressions) */
	if (lt->kind == TY_INT && !r->value) {
		sema_error(s, e->loc, "shifting an int needs a compile-time known shift amount: give the left "
				      "operand a width");
		return NULL;
	}
	/* "x << 256 remains unchanged; ... overflow warning" (Implicit casts) */
	long amount;
	if (type_is_fixed_int(lt) && r->value && sema_value_long(r->value, &amount) && amount >= lt->width)
		diag_warning(s->diag, e->loc, "a shift of %s by %ld bits: every bit of the result is %s",
			     sema_tstr(s, lt), amount,
			     e->op == OP_SHR && lt->kind == TY_SIGNED ? "its sign bit" : "zero");
	return lt;
}

static Type *concat(Sema *s, Node *e, Node *l, Node *r)
{
	Type *lt = l->ty, *rt = r->ty;
	if (lt->kind == TY_STRING && rt->kind == TY_STRING)
		return lt;
	lt = enum_as_base(s, l);
	rt = enum_as_base(s, r);
	/* "The two operands must be either bit<W> or int<W>" (Concatenation) */
	Node *bad = !type_is_fixed_int(lt) ? l : !type_is_fixed_int(rt) ? r : NULL;
	if (bad) {
		if (bad->ty->kind == TY_INT)
			sema_error(s, e->loc, "operator '++' cannot be applied to int: the operand needs a width");
		else
			sema_error(s, e->loc, "operator '++' cannot be applied to %s and %s", sema_tstr(s, lt),
				   sema_tstr(s, rt));
		return NULL;
	}
	if ((long)lt->width + rt->width > VALUE_MAX_WIDTH) {
		sema_error(s, e->loc, "the result of '++' is too wide");
		return NULL;
	}
	return sema_bits(s, lt->kind, lt->width + rt->width);
}

/* The type of `l op r` with both operands typed; applies implicit casts. */
static Type *binary_op(Sema *s, Node *e)
{
	Node *l = e->lhs, *r = e->rhs;
	Type *lt = l->ty, *rt = r->ty;
	if (invalid2(lt, rt))
		return NULL;
	Type *t;
	const char *op = op_spelling(e->op);
	switch (e->op) {
	case OP_AND:
	case OP_OR:
		if (lt->kind != TY_BOOL || rt->kind != TY_BOOL) {
			sema_error(s, e->loc, "operator '%s' cannot be applied to %s and %s: it needs booleans", op,
				   sema_tstr(s, lt), sema_tstr(s, rt));
			return NULL;
		}
		t = s->t.bool_;
		break;
	case OP_EQ:
	case OP_NE:
		if (!equality(s, e, l, r))
			return NULL;
		t = s->t.bool_;
		break;
	case OP_LT:
	case OP_GT:
	case OP_LE:
	case OP_GE:
		if (!same_numeric(s, e, l, r))
			return NULL;
		t = s->t.bool_;
		break;
	case OP_ADD:
	case OP_SUB:
	case OP_MUL:
		t = same_numeric(s, e, l, r);
		break;
	case OP_DIV:
	case OP_MOD:
		t = same_numeric(s, e, l, r);
		if (t && t->kind == TY_SIGNED) {
			sema_error(s, e->loc, "operator '%s' cannot be applied to signed values (%s)", op, sema_tstr(s, t));
			return NULL;
		}
		break;
	case OP_ADD_SAT:
	case OP_SUB_SAT:
		t = same_numeric(s, e, l, r);
		if (t && t->kind == TY_INT) {
			sema_error(s, e->loc, "operator '%s' cannot be applied to int: saturating arithmetic needs a width",
				   op);
			return NULL;
		}
		break;
	case OP_BAND:
	case OP_BOR:
	case OP_BXOR:
		t = same_numeric(s, e, l, r);
		if (t && t->kind == TY_INT) {
			sema_error(s, e->loc, "operator '%s' cannot be applied to int: an operand needs a width", op);
			return NULL;
		}
		break;
	case OP_SHL:
	case OP_SHR:
		t = shift(s, e, l, r);
		break;
	case OP_CONCAT:
		t = concat(s, e, l, r);
		break;
	default:
		return NULL;
	}
	if (t)
		fold_binary(s, e);
	return t;
}

Type *sema_binary_op(Sema *s, Node *e)
{
	Type *t = binary_op(s, e);
	e->ty = t ? t : s->t.invalid;
	return e->ty;
}

static Type *binary(Sema *s, Node *e)
{
	sema_expr(s, e->lhs);
	sema_expr(s, e->rhs);
	return binary_op(s, e);
}

static Type *ternary(Sema *s, Node *e)
{
	sema_cond(s, e->cond, "the condition of '?:'");
	Type *tt = sema_expr(s, e->then), *et = sema_expr(s, e->els);
	if (invalid2(tt, et))
		return NULL;
	Type *t;
	if (type_equal(tt, et) && !is_flexible(e->then) && !is_flexible(e->els))
		t = tt;
	else if (sema_can_coerce(s, e->els, et, tt) && !(is_flexible(e->then) && !is_flexible(e->els))) {
		sema_coerce(s, e->els, tt, "the else branch of '?:'");
		t = tt;
	} else if (sema_can_coerce(s, e->then, tt, et)) {
		sema_coerce(s, e->then, et, "the then branch of '?:'");
		t = et;
	} else {
		sema_error(s, e->loc, "incompatible types in the branches of '?:': %s and %s", sema_tstr(s, tt),
			   sema_tstr(s, et));
		return NULL;
	}
	/* "...which cannot both be arbitrary-precision integers unless the
	 * condition itself can be evaluated at compilation time" */
	const Value *c = e->cond->value;
	if (t->kind == TY_INT && !c) {
		sema_error(s, e->loc, "the branches of '?:' cannot both have type int unless the condition is a "
				      "compile-time known value");
		return NULL;
	}
	if (c && c->kind == VAL_BOOL && e->then->value && e->els->value)
		e->value = c->boolean ? e->then->value : e->els->value;
	return t;
}

/* ---- casts (P4-16 spec, "Explicit casts") ---- */

static bool int_cast_ok(const Type *from, const Type *to)
{
	if (!type_is_integer(from) || !type_is_integer(to))
		return false;
	if (from->kind == TY_INT || to->kind == TY_INT || from->kind == to->kind)
		return true;
	/* "int<W> -> bit<W>" and "bit<W> -> int<W>": not both sign and width. */
	return from->width == to->width;
}

static const Value *enum_value_of(Sema *s, const Type *e, const Value *v)
{
	if (!v)
		return NULL;
	for (int i = 0; i < e->nfields; i++) {
		const Value *m = e->fields[i].decl->value;
		if (m && m->repr && value_equal(m->repr, v))
			return m;
	}
	(void)s;
	return NULL; /* "sets e to an unnamed value" */
}

static Type *cast(Sema *s, Node *e)
{
	Type *to = sema_type(s, e->type, 0);
	Node *x = e->expr;
	Type *from = sema_expr(s, x);
	if (type_is_invalid(to) || type_is_invalid(from))
		return to;
	/* Casts of key-value lists, tuples, `{#}` and `...` give them a type. */
	if (x->kind == N_LIST_EXPR || x->kind == N_STRUCT_EXPR || from->kind == TY_INVALID_HEADER ||
	    from->kind == TY_DEFAULT) {
		if (sema_coerce(s, x, to, "cast"))
			e->value = x->value;
		return to;
	}
	const Value *v = x->value;
	if (type_equal(from, to)) {
		if (!type_is_value_type(to)) {
			sema_error(s, e->loc, "cannot cast a value of type %s", sema_tstr(s, to));
			return NULL;
		}
		e->value = v;
		return to;
	}
	const Type *f = type_numeric(from);
	const Type *tt = to->kind == TY_NEWTYPE ? to->base : to;
	bool ok = false;
	if (to->kind == TY_NEWTYPE || from->kind == TY_NEWTYPE) {
		/* "casts between a type introduced by type and the original type";
		 * an int literal converts to the original type first. */
		if (to->kind == TY_NEWTYPE && (type_equal(from, tt) || (from->kind == TY_INT && type_is_fixed_int(tt)))) {
			ok = true;
			if (v)
				e->value = type_is_integer(tt) ? sema_cast_value(s, v, tt, e->loc) : v;
		} else if (from->kind == TY_NEWTYPE && type_equal(from->base, to)) {
			ok = true;
			e->value = v;
		}
	} else if (to->kind == TY_BOOL) {
		/* "bit<1> <-> bool" and "int -> bool: only if the value is 0 or 1" */
		ok = (f->kind == TY_BIT && f->width == 1) || f->kind == TY_INT;
		if (ok && v) {
			const Value *n = v->kind == VAL_MEMBER ? v->repr : v;
			e->value = n ? value_cast_bool(s->pool, n) : NULL;
			if (n && !e->value) {
				/* "int -> bool: only if the int value is 0 or 1" */
				StrBuf sb = {0};
				value_format(&sb, n);
				sema_error(s, e->loc, "cannot cast %s to bool: only 0 and 1 can be", sb.data);
				strbuf_free(&sb);
				return NULL;
			}
		}
	} else if (from->kind == TY_BOOL) {
		ok = tt->kind == TY_BIT && tt->width == 1;
		if (ok && v && v->kind == VAL_BOOL)
			e->value = value_from_u64(s->pool, value_type_bit(1), v->boolean, NULL);
	} else if (type_is_ser_enum(to)) {
		/* "casts between an enum with an explicit type and its underlying
		 * type"; int literals convert to it first. */
		ok = type_equal(f, to->base) || f->kind == TY_INT;
		if (ok && v) {
			const Value *n = sema_cast_value(s, v, to->base, e->loc);
			e->value = enum_value_of(s, to, n);
		}
	} else if (int_cast_ok(f, to)) {
		ok = true;
		if (v)
			e->value = sema_cast_value(s, v, to, e->loc);
	}
	if (!ok) {
		if (type_is_fixed_int(f) && type_is_fixed_int(to))
			sema_error(s, e->loc, "cannot cast %s to %s: a cast cannot change both the signedness and "
					      "the width",
				   sema_tstr(s, from), sema_tstr(s, to));
		else
			sema_error(s, e->loc, "cannot cast %s to %s", sema_tstr(s, from), sema_tstr(s, to));
		return NULL;
	}
	return to;
}

/* ---- tuple and structure-valued expressions ---- */

static Type *list_expr(Sema *s, Node *e)
{
	Type *t = type_new(s->arena, TY_TUPLE);
	int n = list_length(e->items);
	t->elems = arena_alloc(s->arena, sizeof(Type *) * (size_t)(n ? n : 1));
	Node **items = arena_alloc(s->arena, sizeof(Node *) * (size_t)(n ? n : 1));
	bool ok = true, dots = false;
	for (Node *item = e->items; item; item = item->next) {
		Type *it = sema_expr(s, item);
		if (item->kind == N_DOTS) {
			/* "the three dots must appear last in the initializer" */
			if (item->next) {
				sema_error(s, item->loc, "'...' must be the last element");
				ok = false;
			}
			dots = true;
			continue;
		}
		ok = ok && !type_is_invalid(it);
		items[t->nelems] = item;
		t->elems[t->nelems++] = it;
	}
	if (!ok)
		return NULL;
	if (!dots)
		e->value = list_value(s, items, t->nelems);
	return t;
}

static Type *struct_expr(Sema *s, Node *e)
{
	Type *t = type_new(s->arena, TY_STRUCT);
	int n = list_length(e->items);
	t->fields = arena_alloc(s->arena, sizeof(Field) * (size_t)(n ? n : 1));
	Scope *names = scope_new(s->arena, NULL, SCOPE_BLOCK);
	bool ok = true;
	for (Node *item = e->items; item; item = item->next) {
		Type *it = sema_expr(s, item->expr);
		item->ty = it;
		ScopeEntry *prev = scope_add(s->arena, names, item->name, item);
		if (prev) {
			/* "It is a compile-time error if a field name appears more than
			 * once in the same structure-valued expression." */
			sema_error(s, item->loc, "field '%s' is given more than once", item->name);
			ok = false;
			continue;
		}
		ok = ok && !type_is_invalid(it);
		t->fields[t->nfields++] = (Field){item->name, it, item};
	}
	type_index_fields(s->arena, t);
	return ok ? t : NULL;
}

/* ---- keysets (P4-16 spec, "Operations on sets") ---- */

static bool value_set_fits(const Type *vs, Type **keys, int nkeys);

static void keyset_element(Sema *s, Node *ks, Type *key, const char *what)
{
	switch (ks->kind) {
	case N_DEFAULT:
	case N_DONTCARE:
		ks->ty = type_set(s->arena, key);
		ks->value = value_dontcare(s->pool);
		return;
	case N_MASK:
	case N_RANGE: {
		const char *name = ks->kind == N_MASK ? "&&&" : "..";
		sema_expr(s, ks->lhs);
		sema_expr(s, ks->rhs);
		ks->ty = type_set(s->arena, key);
		if (type_is_invalid(key))
			return;
		/* "The infix operator &&& takes two arguments of the same numeric type" */
		if (!type_is_numeric(key)) {
			sema_error(s, ks->loc, "operator '%s' cannot be applied to a key of type %s", name,
				   sema_tstr(s, key));
			return;
		}
		Type *nt = (Type *)type_numeric(key);
		bool ok = sema_coerce(s, ks->lhs, nt, what);
		ok = sema_coerce(s, ks->rhs, nt, what) && ok;
		if (!ok || !ks->lhs->value || !ks->rhs->value)
			return;
		const Value *a = ks->lhs->value, *b = ks->rhs->value;
		ks->value = ks->kind == N_MASK ? value_mask(s->pool, a, b) : value_range(s->pool, a, b);
		if (!ks->value)
			sema_const_error(s, ks->loc);
		return;
	}
	default:
		break;
	}
	Type *t = sema_expr(s, ks);
	if (type_is_invalid(t) || type_is_invalid(key))
		return;
	if (t->kind == TY_VALUE_SET) {
		/* "The type of the value set must match to the type of all other
		 * keysetExpressions in the same select expression."; a struct of
		 * one field (with its @match) matches one key. */
		Type *keys[1] = {key};
		if (!type_equal(t->elem, key) && !value_set_fits(t, keys, 1))
			sema_error(s, ks->loc, "incompatible types: value set %s holds %s, but the key has type %s",
				   t->name, sema_tstr(s, t->elem), sema_tstr(s, key));
		return;
	}
	sema_coerce(s, ks, key, what);
}

/* A value set of a struct type matches keys field by field. */
static bool value_set_fits(const Type *vs, Type **keys, int nkeys)
{
	const Type *t = vs->elem;
	if (t->kind == TY_STRUCT && t->nfields == nkeys) {
		for (int i = 0; i < nkeys; i++)
			if (!type_equal(t->fields[i].type, keys[i]))
				return false;
		return true;
	}
	if (t->kind == TY_TUPLE && t->nelems == nkeys) {
		for (int i = 0; i < nkeys; i++)
			if (!type_equal(t->elems[i], keys[i]))
				return false;
		return true;
	}
	return false;
}

void sema_keyset(Sema *s, Node *ks, Type **keys, int nkeys, const char *what)
{
	if (ks->kind == N_DEFAULT || ks->kind == N_DONTCARE) {
		keyset_element(s, ks, nkeys == 1 ? keys[0] : s->t.invalid, what);
		return;
	}
	if (ks->kind == N_TUPLE_KEYSET) {
		int n = list_length(ks->items);
		if (n != nkeys) {
			sema_error(s, ks->loc, "%s has %d element%s, but there %s %d key%s", what, n, n == 1 ? "" : "s",
				   nkeys == 1 ? "is" : "are", nkeys, nkeys == 1 ? "" : "s");
			return;
		}
		Node **items = arena_alloc(s->arena, sizeof(Node *) * (size_t)(n ? n : 1));
		int i = 0;
		for (Node *item = ks->items; item; item = item->next, i++) {
			keyset_element(s, item, keys[i], what);
			items[i] = item;
		}
		Type *tuple = type_new(s->arena, TY_TUPLE);
		tuple->elems = keys;
		tuple->nelems = nkeys;
		ks->ty = type_set(s->arena, tuple);
		ks->value = list_value(s, items, n);
		return;
	}
	if (nkeys == 1) {
		keyset_element(s, ks, keys[0], what);
		return;
	}
	Type *t = sema_expr(s, ks);
	if (type_is_invalid(t))
		return;
	if (t->kind == TY_VALUE_SET && value_set_fits(t, keys, nkeys))
		return;
	sema_error(s, ks->loc, "%s must have %d elements, one for each key", what, nkeys);
}

/* ---- the dispatcher ---- */

static Type *expr(Sema *s, Node *e)
{
	switch (e->kind) {
	case N_INT_LIT: {
		ValueWrap wrap = VALUE_WRAP_NONE;
		e->value = value_from_literal(s->pool, &e->lit, &wrap);
		if (!e->value) {
			sema_const_error(s, e->loc);
			return NULL;
		}
		if (wrap != VALUE_WRAP_NONE)
			diag_warning(s->diag, e->loc, "integer literal %s does not fit in its width", e->text);
		if (e->lit.width < 0)
			return s->t.int_;
		return sema_bits(s, e->lit.is_signed ? TY_SIGNED : TY_BIT, e->lit.width);
	}
	case N_BOOL_LIT:
		e->value = value_bool(s->pool, e->bool_value);
		return s->t.bool_;
	case N_STRING_LIT: {
		size_t len = strlen(e->text);
		if (len >= 2 && e->text[0] == '"')
			e->value = value_string(s->pool, e->text + 1, len - 2);
		return s->t.string;
	}
	case N_PATH: return path(s, e);
	case N_THIS:
		if (!s->this_type) {
			sema_error(s, e->loc, "'this' can only be used in the initializer of an instantiation");
			return NULL;
		}
		return s->this_type;
	case N_MEMBER: return member(s, e);
	case N_INDEX: return index_expr(s, e);
	case N_SLICE: return slice(s, e);
	case N_PART_SELECT: return part_select(s, e);
	case N_UNARY: return unary(s, e);
	case N_BINARY: return binary(s, e);
	case N_TERNARY: return ternary(s, e);
	case N_CAST: return cast(s, e);
	case N_CALL: return sema_call(s, e);
	case N_CONSTRUCT: return sema_construct(s, e);
	case N_LIST_EXPR: return list_expr(s, e);
	case N_STRUCT_EXPR: return struct_expr(s, e);
	case N_INVALID_HEADER: return s->t.invalid_header;
	case N_DOTS: return s->t.default_;
	case N_DONTCARE:
		sema_error(s, e->loc, "'_' can only be used as an out argument or in a keyset");
		return NULL;
	case N_DEFAULT:
		sema_error(s, e->loc, "'default' can only be used in a keyset or as a switch label");
		return NULL;
	case N_MASK:
	case N_RANGE:
		sema_error(s, e->loc, "%s can only be used in a keyset", e->kind == N_MASK ? "a mask (&&&)" : "a range (..)");
		sema_expr(s, e->lhs);
		sema_expr(s, e->rhs);
		return NULL;
	case N_SELECT:
		sema_error(s, e->loc, "a select expression can only be used in a transition");
		return NULL;
	default:
		sema_error(s, e->loc, "an expression was expected here");
		return NULL;
	}
}

/* ---- syntactic equality (default_action against the actions list) ---- */

bool sema_same_expr(const Node *a, const Node *b)
{
	a = sema_unwrap((Node *)a);
	b = sema_unwrap((Node *)b);
	if (!a || !b)
		return a == b;
	if (a->kind != b->kind || a->op != b->op || a->is_global != b->is_global ||
	    a->bool_value != b->bool_value)
		return false;
	if ((a->name || b->name) && (!a->name || !b->name || strcmp(a->name, b->name) != 0))
		return false;
	if ((a->text || b->text) && (!a->text || !b->text || strcmp(a->text, b->text) != 0))
		return false;
	const Node *const ca[] = {a->expr, a->lhs, a->rhs, a->index, a->hi, a->lo, a->width,
				  a->cond, a->then, a->els, a->type};
	const Node *const cb[] = {b->expr, b->lhs, b->rhs, b->index, b->hi, b->lo, b->width,
				  b->cond, b->then, b->els, b->type};
	for (size_t i = 0; i < sizeof(ca) / sizeof(ca[0]); i++)
		if (!sema_same_expr(ca[i], cb[i]))
			return false;
	const Node *la[] = {a->args, a->items, a->type_args};
	const Node *lb[] = {b->args, b->items, b->type_args};
	for (size_t i = 0; i < 3; i++) {
		const Node *x = la[i], *y = lb[i];
		for (; x && y; x = x->next, y = y->next)
			if (!sema_same_expr(x, y))
				return false;
		if (x || y)
			return false;
	}
	return true;
}
