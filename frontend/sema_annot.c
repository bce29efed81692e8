/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* sema_annot.c: annotations (P4-16 spec, "Annotations"). Unstructured
 * bodies are tokens for whoever reads them; structured ones (`@name[...]`)
 * hold compile-time known strings, ints and bools, one annotation of a
 * name per element, no key twice, and no name used both ways. Checked in a
 * last walk over the tree, with the top-level names in scope. */
#include <string.h>

#include "sema.h"

/* "All expressions within a structuredAnnotationBody must be compile-time
 * known values with a result type that is either: string, int, or bool." */
static void body_expr(Sema *s, Node *e)
{
	Type *t = sema_expr(s, e);
	if (type_is_invalid(t))
		return;
	if ((t->kind != TY_STRING && t->kind != TY_INT && t->kind != TY_BOOL) || !e->value)
		sema_error(s, sema_start(e), "an expression of a structured annotation must be a compile-time known "
					     "string, int or bool, not %s",
			   sema_tstr(s, t));
}

static void structured(Sema *s, Node *a)
{
	Scope *keys = scope_new(s->arena, NULL, SCOPE_BLOCK);
	for (Node *item = a->items; item; item = item->next) {
		if (item->kind != N_NAMED_EXPR) {
			body_expr(s, item);
			continue;
		}
		/* "It is illegal to duplicate a key within the kvList" */
		ScopeEntry *prev = scope_add(s->arena, keys, item->name, item);
		if (prev) {
			sema_error(s, item->loc, "duplicate key '%s' in annotation @%s", item->name, a->name);
			diag_note(s->diag, prev->decl->loc, "the other '%s' is here", item->name);
		}
		body_expr(s, item->expr);
	}
}

static void annotations(Sema *s, Node *list)
{
	for (Node *a = list; a; a = a->next) {
		if (!a->name)
			continue;
		for (Node *b = list; b != a; b = b->next) {
			if (!b->name || strcmp(a->name, b->name) != 0)
				continue;
			bool sa = a->annotation_kind == ANNOT_STRUCTURED, sb = b->annotation_kind == ANNOT_STRUCTURED;
			/* "only one structured annotation using a given name may appear
			 * on an element"; "Structured annotations and unstructured
			 * annotations on any one element must not use the same name." */
			if (sa && sb)
				sema_error(s, a->loc, "duplicate structured annotation @%s", a->name);
			else if (sa || sb)
				sema_error(s, a->loc, "annotation @%s is used both structured and unstructured", a->name);
			else
				continue;
			diag_note(s->diag, b->loc, "the other @%s is here", b->name);
			break;
		}
		if (a->annotation_kind == ANNOT_STRUCTURED)
			structured(s, a);
	}
}

/* Annotations belong to declarations, parameters, fields, statements and
 * table elements, never to expressions: the walk leaves those out. */
static void walk(Sema *s, Node *n)
{
	for (; n && !diag_too_many(s->diag); n = n->next) {
		if (n->annotations)
			annotations(s, n->annotations);
		Node *const kids[] = {n->items, n->locals, n->params, n->ctor_params, n->body, n->then, n->els,
				      n->kind == N_TYPEDEF ? n->type : NULL, /* typedef struct ... */
				      n->kind == N_FOR_IN ? n->init : NULL}; /* the loop variable */
		for (size_t i = 0; i < sizeof(kids) / sizeof(kids[0]); i++)
			if (kids[i])
				walk(s, kids[i]);
	}
}

void sema_annotations(Sema *s, Node *program)
{
	Scope *saved = s->scope;
	s->scope = s->global;
	walk(s, program);
	s->scope = saved;
}
