/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* emit_types.c: C types for P4 types (runtime/ABI.md, section 2).
 *
 * A scalar of W bits lives in the smallest of __u8/__u16/__u32/__u64 (signed
 * types for int<W>) as a native integer; wider scalars are big-endian byte
 * arrays. Headers, unions, structs and tuples become C structs whose members
 * follow the P4 fields in order, so clang's natural alignment gives the
 * layout the IR computed; a header ends with its validity byte, a stack is
 * its elements followed by the u32 `next` index. Every member carries its P4
 * type in a comment. */
#include <string.h>

#include "be.h"

const char *be_uint_type(int width)
{
	if (width <= 8)
		return "__u8";
	if (width <= 16)
		return "__u16";
	if (width <= 32)
		return "__u32";
	if (width <= 64)
		return "__u64";
	return NULL;
}

const char *be_sint_type(int width)
{
	if (width <= 8)
		return "__s8";
	if (width <= 16)
		return "__s16";
	if (width <= 32)
		return "__s32";
	if (width <= 64)
		return "__s64";
	return NULL;
}

bool be_is_aggregate(const IrType *t)
{
	switch (t->kind) {
	case IT_HEADER:
	case IT_UNION:
	case IT_STRUCT:
	case IT_STACK:
	case IT_TUPLE:
		return true;
	default:
		return false;
	}
}

int be_type_width(const IrType *t)
{
	switch (t->kind) {
	case IT_BOOL:
		return 1;
	case IT_BITS:
		return t->width;
	case IT_ERROR:
		return 8;
	case IT_ENUM:
		return t->elem ? t->elem->width : 32;
	default:
		return -1;
	}
}

/* The C name of a type that has no P4 name: stacks and tuples. */
static const char *anon_name(Be *be, const IrType *t)
{
	if (t->kind == IT_STACK) {
		const IrType *el = t->elem;
		return be_fmt(be, "p4e_stack_%s_%d", el->name ? el->name : "elem", t->size);
	}
	/* Tuples: numbered by their place in the program's type list, which
	 * the IR keeps in a deterministic order. */
	for (int i = 0; i < be->p->types.len; i++)
		if (be->p->types.items[i] == t)
			return be_fmt(be, "p4e_tuple_%d", i);
	for (int i = 0; i < be->p->all_types.len; i++)
		if (be->p->all_types.items[i] == t)
			return be_fmt(be, "p4e_tuple_t%d", i);
	return "p4e_tuple";
}

const char *be_ctype(Be *be, const IrType *t, int *array_len)
{
	if (array_len)
		*array_len = 0;
	switch (t->kind) {
	case IT_VOID:
		return "void";
	case IT_BOOL:
	case IT_ERROR:
		return "__u8";
	case IT_BITS:
		if (t->width > 64) {
			if (array_len)
				*array_len = (t->width + 7) / 8;
			return "__u8";
		}
		return t->is_signed ? be_sint_type(t->width) : be_uint_type(t->width);
	case IT_INT:
		return "__s64";
	case IT_ENUM:
		return be_uint_type(be_type_width(t));
	case IT_HEADER:
	case IT_UNION:
	case IT_STRUCT:
		return be_fmt(be, "struct %s", t->name);
	case IT_STACK:
	case IT_TUPLE:
		return be_fmt(be, "struct %s", anon_name(be, t));
	case IT_VARBIT:
		return be_fmt(be, "struct p4e_varbit_%d", (t->width + 7) / 8);
	default:
		return "__u32";
	}
}

const char *be_decl(Be *be, const IrType *t, const char *name)
{
	int n;
	const char *ct = be_ctype(be, t, &n);
	return n ? be_fmt(be, "%s %s[%d]", ct, name, n) : be_fmt(be, "%s %s", ct, name);
}

const char *be_p4type(Be *be, const IrType *t)
{
	switch (t->kind) {
	case IT_BOOL:
		return "bool";
	case IT_BITS:
		return be_fmt(be, "%s<%d>", t->is_signed ? "int" : "bit", t->width);
	case IT_VARBIT:
		return be_fmt(be, "varbit<%d>", t->width);
	case IT_ERROR:
		return "error";
	case IT_INT:
		return "int";
	case IT_STACK:
		return be_fmt(be, "%s[%d]", be_p4type(be, t->elem), t->size);
	case IT_TUPLE:
		return "tuple";
	default:
		return t->p4_name ? t->p4_name : ir_type_kind_name(t->kind);
	}
}

static bool done(Be *be, const IrType *t)
{
	for (int i = 0; i < be->types_done.len; i++)
		if (be->types_done.items[i] == t)
			return true;
	IR_PUSH(be->arena, be->types_done, t);
	return false;
}

void be_emit_type(Be *be, const IrType *t)
{
	if (!be_is_aggregate(t) && t->kind != IT_VARBIT)
		return;
	if (done(be, t))
		return;
	/* Members first: C needs complete types. */
	if (t->kind == IT_STACK)
		be_emit_type(be, t->elem);
	for (int i = 0; i < t->fields.len; i++)
		be_emit_type(be, t->fields.items[i]->type);

	Emit e = {.out = &be->types};
	if (t->kind == IT_VARBIT) {
		/* The bytes as they are on the wire, and how many bits are used. */
		be_open(&e, "%s", be_ctype(be, t, NULL));
		be_line(&e, "__u32 bits;");
		be_line(&e, "__u8 data[%d];", (t->width + 7) / 8);
		be_close(&e, ";");
		be_blank(&e);
		return;
	}
	const char *what = t->kind == IT_HEADER  ? "header"
			   : t->kind == IT_UNION ? "header_union"
			   : t->kind == IT_STACK ? "header stack"
			   : t->kind == IT_TUPLE ? "tuple"
						 : "struct";
	if (t->kind == IT_STACK)
		be_comment(&e, "%s %s", what, be_p4type(be, t));
	else if (t->loc.file)
		be_comment(&e, "%s %s (%s)", what, be_p4type(be, t), be_where(be, t->loc));
	else
		be_comment(&e, "%s %s", what, be_p4type(be, t));
	be_open(&e, "%s", be_ctype(be, t, NULL));
	if (t->kind == IT_STACK) {
		be_line(&e, "%s;", be_decl(be, t->elem, be_fmt(be, "e[%d]", t->size)));
		be_line(&e, "__u32 next; /* elements extracted or pushed */");
	}
	for (int i = 0; i < t->fields.len; i++) {
		const IrField *f = t->fields.items[i];
		const char *fname = t->kind == IT_TUPLE ? be_fmt(be, "f%d", i) : f->name;
		const char *decl = be_decl(be, f->type, fname);
		if (be_is_aggregate(f->type))
			be_line(&e, "%s;", decl);
		else
			be_line(&e, "%s; /* %s */", decl, be_p4type(be, f->type));
	}
	if (t->kind == IT_HEADER)
		be_line(&e, "__u8 ebpf_valid;");
	be_close(&e, ";");
	be_blank(&e);
}

void be_emit_types(Be *be)
{
	for (int i = 0; i < be->p->types.len; i++)
		be_emit_type(be, be->p->types.items[i]);
}

int be_type_align(const IrType *t)
{
	int w = be_type_width(t);
	if (w > 0)
		return w > 64 ? 1 : w <= 8 ? 1 : w <= 16 ? 2 : w <= 32 ? 4 : 8;
	switch (t->kind) {
	case IT_INT:
		return 8;
	case IT_STACK:
		return be_type_align(t->elem) > 4 ? be_type_align(t->elem) : 4;
	case IT_VARBIT:
		return 4;
	case IT_HEADER:
	case IT_UNION:
	case IT_STRUCT:
	case IT_TUPLE: {
		int a = 1;
		for (int i = 0; i < t->fields.len; i++)
			if (be_type_align(t->fields.items[i]->type) > a)
				a = be_type_align(t->fields.items[i]->type);
		return a;
	}
	default:
		return 4;
	}
}

static int align_up(int n, int a)
{
	return (n + a - 1) / a * a;
}

int be_type_size(const IrType *t)
{
	int w = be_type_width(t);
	if (w > 0)
		return w > 64 ? (w + 7) / 8 : be_type_align(t);
	int off = 0;
	switch (t->kind) {
	case IT_INT:
		return 8;
	case IT_VARBIT:
		return align_up(4 + (t->width + 7) / 8, 4);
	case IT_STACK:
		off = be_type_size(t->elem) * t->size;
		off = align_up(off, 4) + 4;
		return align_up(off, be_type_align(t));
	case IT_HEADER:
	case IT_UNION:
	case IT_STRUCT:
	case IT_TUPLE:
		for (int i = 0; i < t->fields.len; i++) {
			const IrType *ft = t->fields.items[i]->type;
			off = align_up(off, be_type_align(ft));
			off += be_type_size(ft);
		}
		if (t->kind == IT_HEADER)
			off += 1;
		return align_up(off, be_type_align(t));
	default:
		return 4;
	}
}
