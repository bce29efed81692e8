/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* layout.c: the `layout` pass: where every bit and byte goes.
 *
 * On the wire: a header's fields follow each other, most significant bit
 * first; `@N` is a field's offset in bits from the header's first bit. A
 * varbit counts at its maximum (wire_bits) or as empty (min_wire_bits).
 * Structs and tuples of bits, bools, serializable enums and such structs
 * have a wire form too (lookahead<S>(), value sets of structs), and a stack
 * n times its element's; headers inside structs, errors, `int` and plain
 * enums have none.
 *
 * In storage (what generated C keeps a value in), runtime/ABI.md section 2:
 * bit<W> and int<W> in 1, 2, 4 or 8 bytes (W > 64: (W + 7) / 8 bytes, big
 * endian, byte-aligned), bool and error in 1 byte, plain enums in 4,
 * serializable enums like their underlying type, a varbit as a u32 length in
 * bits followed by its maximum in bytes. Aggregates are C structs with
 * natural alignment (each member at a multiple of its alignment, the size a
 * multiple of the largest one): a header's fields then its validity byte; a
 * union's headers one after the other; a stack's elements then, for header
 * stacks, the u32 next index.
 *
 * Tables (ABI.md sections 1.2 and 3): the kind follows from the match kinds
 * and the implementation; the key is a natural-alignment struct of the key
 * fields (after a u32 prefixlen for lpm, a u32 mask id for ternary; the lpm
 * field last, big endian; an array's key is the u32 index). The value is
 * the u32 action id, the u32 priority and, at offset 8, a union with one
 * struct per action holding its data parameters; the union covers every
 * action the table's control declares and the table lists, so all tables of
 * a control share one value struct. Its size is 8 + the largest action
 * struct, rounded up to its alignment (at least 4).
 *
 * The pass also fills IrProgram.types: every aggregate, enum and stack type
 * the program uses, each after the types of its fields. */
#include <string.h>

#include "ir.h"

static int align_up(int n, int a)
{
	return a > 1 ? (n + a - 1) / a * a : n;
}

int ir_scalar_store_size(int width)
{
	if (width <= 8)
		return 1;
	if (width <= 16)
		return 2;
	if (width <= 32)
		return 4;
	if (width <= 64)
		return 8;
	return (width + 7) / 8;
}

static int scalar_align(int width)
{
	return width <= 64 ? ir_scalar_store_size(width) : 1;
}

/* Wire width of a field type, or -1. */
static int wire_width(const IrType *t, bool max)
{
	switch (t->kind) {
	case IT_BOOL: return 1;
	case IT_BITS: return t->width;
	case IT_VARBIT: return max ? t->width : 0;
	case IT_ENUM: return t->elem ? t->elem->width : -1;
	case IT_STRUCT:
	case IT_TUPLE: return max ? t->wire_bits : t->min_wire_bits;
	default: return -1; /* headers have validity, not only bits */
	}
}

static void lay_out(IrType *t);

/* The members of a C struct with natural alignment, from `start`. */
static int place(IrType *t, int start, int *align)
{
	int off = start;
	for (int i = 0; i < t->fields.len; i++) {
		IrField *f = t->fields.items[i];
		lay_out(f->type);
		off = align_up(off, f->type->store_align);
		f->byte_offset = off;
		off += f->type->store_size;
		if (f->type->store_align > *align)
			*align = f->type->store_align;
	}
	return off;
}

/* Wire offsets of the fields; -1 for all when one has no wire form. */
static void wire_fields(IrType *t)
{
	int bits = 0, min = 0;
	bool ok = true;
	for (int i = 0; i < t->fields.len && ok; i++) {
		IrField *f = t->fields.items[i];
		int w = wire_width(f->type, true), m = wire_width(f->type, false);
		if (w < 0) {
			ok = false;
			break;
		}
		f->bit_offset = bits;
		bits += w;
		min += m;
		if (f->type->kind == IT_VARBIT || f->type->has_varbit)
			t->has_varbit = true;
	}
	if (!ok) {
		for (int i = 0; i < t->fields.len; i++)
			t->fields.items[i]->bit_offset = -1;
		t->wire_bits = t->wire_bytes = t->min_wire_bits = -1;
		t->has_varbit = false;
		return;
	}
	t->wire_bits = bits;
	t->wire_bytes = (bits + 7) / 8;
	t->min_wire_bits = min;
}

static void lay_out(IrType *t)
{
	if (t->laid_out)
		return;
	t->laid_out = true;
	int align = 1;
	switch (t->kind) {
	case IT_BOOL:
	case IT_ERROR: t->store_size = t->store_align = 1; return;
	case IT_BITS:
		t->store_size = ir_scalar_store_size(t->width);
		t->store_align = scalar_align(t->width);
		t->wire_bits = t->min_wire_bits = t->width;
		t->wire_bytes = (t->width + 7) / 8;
		return;
	case IT_INT: t->store_size = t->store_align = 8; return;
	case IT_VARBIT:
		t->store_size = align_up(4 + (t->width + 7) / 8, 4);
		t->store_align = 4;
		t->wire_bits = t->width;
		t->min_wire_bits = 0;
		t->wire_bytes = (t->width + 7) / 8;
		return;
	case IT_ENUM:
		if (t->elem) {
			lay_out(t->elem);
			t->store_size = t->elem->store_size;
			t->store_align = t->elem->store_align;
			t->wire_bits = t->min_wire_bits = t->elem->width;
			t->wire_bytes = (t->elem->width + 7) / 8;
		} else {
			t->store_size = t->store_align = 4;
		}
		return;
	case IT_HEADER: {
		int off = place(t, 0, &align);
		t->valid_offset = off;
		t->store_size = align_up(off + 1, align);
		t->store_align = align;
		wire_fields(t);
		return;
	}
	case IT_STRUCT:
	case IT_TUPLE:
		t->store_size = place(t, 0, &align);
		t->store_size = align_up(t->store_size, align);
		t->store_align = align;
		wire_fields(t);
		return;
	case IT_UNION:
		t->store_size = place(t, 0, &align);
		t->store_size = align_up(t->store_size, align);
		t->store_align = align;
		return;
	case IT_LIST:
		lay_out(t->elem);
		t->store_size = 0; /* compile-time only */
		t->store_align = 1;
		return;
	case IT_STACK: {
		lay_out(t->elem);
		int off = align_up(t->elem->store_size, t->elem->store_align) * t->size;
		align = t->elem->store_align;
		if (t->is_stack) {
			off = align_up(off, 4);
			t->next_offset = off;
			off += 4;
			if (align < 4)
				align = 4;
		}
		t->store_size = align_up(off, align);
		t->store_align = align;
		if (t->elem->wire_bits >= 0) {
			t->wire_bits = t->elem->wire_bits * t->size;
			t->min_wire_bits = t->elem->min_wire_bits * t->size;
			t->wire_bytes = (t->wire_bits + 7) / 8;
			t->has_varbit = t->elem->has_varbit;
		}
		return;
	}
	default: t->store_size = 0; t->store_align = 1; return;
	}
}

/* ---- the types the program uses, each after the types it contains ---- */

static bool listed(const IrProgram *p, const IrType *t)
{
	for (int i = 0; i < p->types.len; i++)
		if (p->types.items[i] == t)
			return true;
	return false;
}

static void use_type(IrProgram *p, IrType *t)
{
	if (!t)
		return;
	switch (t->kind) {
	case IT_HEADER:
	case IT_UNION:
	case IT_STRUCT:
	case IT_TUPLE:
	case IT_ENUM:
	case IT_STACK:
		break;
	default:
		lay_out(t);
		return;
	}
	if (listed(p, t))
		return;
	for (int i = 0; i < t->fields.len; i++)
		use_type(p, t->fields.items[i]->type);
	if (t->elem)
		use_type(p, t->elem);
	lay_out(t);
	if (!listed(p, t))
		IR_PUSH(p->arena, p->types, t);
}

static void use_vars(IrProgram *p, IrVar *const *vars, int n)
{
	for (int i = 0; i < n; i++)
		use_type(p, vars[i]->type);
}

static void use_expr(IrVisitor *v, IrExpr **slot)
{
	IrExpr *e = *slot;
	use_type(v->ctx, e->type);
	if (e->call)
		for (int i = 0; i < e->call->type_args.len; i++)
			use_type(v->ctx, e->call->type_args.items[i]);
}

static void use_stmt(IrVisitor *v, IrStmt *s)
{
	if (s->var)
		use_type(v->ctx, s->var->type);
	if (s->hit_var)
		use_type(v->ctx, s->hit_var->type);
}

static void collect_types(IrProgram *p)
{
	p->types.len = 0;
	for (int i = 0; i < p->externs.len; i++)
		for (int j = 0; j < p->externs.items[i]->type_args.len; j++)
			use_type(p, p->externs.items[i]->type_args.items[j]);
	for (int i = 0; i < p->value_sets.len; i++)
		use_type(p, p->value_sets.items[i]->type);
	for (int i = 0; i < p->functions.len; i++) {
		IrFunction *f = p->functions.items[i];
		use_type(p, f->ret);
		use_vars(p, f->params.items, f->params.len);
		use_vars(p, f->locals.items, f->locals.len);
	}
	for (int i = 0; i < p->parsers.len; i++) {
		IrParser *ps = p->parsers.items[i];
		use_vars(p, ps->params.items, ps->params.len);
		use_vars(p, ps->locals.items, ps->locals.len);
	}
	for (int i = 0; i < p->controls.len; i++) {
		IrControl *c = p->controls.items[i];
		use_vars(p, c->params.items, c->params.len);
		use_vars(p, c->locals.items, c->locals.len);
	}
	for (int i = 0; i < p->actions.len; i++) {
		IrAction *a = p->actions.items[i];
		use_vars(p, a->params.items, a->params.len);
		use_vars(p, a->locals.items, a->locals.len);
	}
	IrVisitor v = {.ctx = p, .expr = use_expr, .stmt = use_stmt};
	ir_visit_program(p, &v);
	for (int i = 0; i < p->all_types.len; i++)
		lay_out(p->all_types.items[i]);
}

/* ---- actions and tables ---- */

/* The struct of an action's data parameters, at offset 8 of a table value. */
static void lay_out_action(IrAction *a)
{
	int off = 0, align = 1;
	for (int i = 0; i < a->params.len; i++) {
		IrVar *v = a->params.items[i];
		if (v->kind != IV_ACTION_DATA)
			continue;
		int w = ir_scalar_width(v->type);
		int size = w >= 0 ? ir_scalar_store_size(w) : v->type->store_size;
		int al = w >= 0 ? scalar_align(w) : v->type->store_align;
		off = align_up(off, al);
		v->data_offset = 8 + off;
		v->data_size = size;
		off += size;
		if (al > align)
			align = al;
	}
	a->data_size = align_up(off, align);
	a->data_align = align;
}

static IrTableKind table_kind(const IrTable *t)
{
	if (!t->keys.len)
		return ITK_KEYLESS;
	int lpm = 0, other = 0;
	for (int i = 0; i < t->keys.len; i++) {
		IrMatchKind m = t->keys.items[i]->match;
		if (m == IMK_LPM)
			lpm++;
		else if (m != IMK_EXACT)
			other++;
	}
	if (other || lpm > 1)
		return ITK_TERNARY;
	if (lpm)
		return ITK_LPM;
	if (t->implementation == ITI_ARRAY && t->keys.len == 1 && t->keys.items[0]->width <= 32)
		return ITK_ARRAY;
	return ITK_EXACT;
}

/* Places key i at the next naturally aligned offset. */
static int place_key(IrKey *k, int off, int *align, bool big)
{
	int size = ir_scalar_store_size(k->width);
	int al = scalar_align(k->width);
	off = align_up(off, al);
	k->offset = off;
	k->size = size;
	k->big_endian = big || k->width > 64;
	if (al > *align)
		*align = al;
	return off + size;
}

static void lay_out_table(IrTable *t, const IrControl *owner)
{
	t->kind = table_kind(t);
	int off = 0, align = 1;
	switch (t->kind) {
	case ITK_KEYLESS: break;
	case ITK_ARRAY: {
		IrKey *k = t->keys.items[0];
		k->offset = 0;
		k->size = 4;
		k->big_endian = false;
		off = 4;
		align = 4;
		break;
	}
	case ITK_EXACT:
		for (int i = 0; i < t->keys.len; i++)
			off = place_key(t->keys.items[i], off, &align, false);
		break;
	case ITK_LPM: {
		off = 4;
		align = 4;
		IrKey *lpm = NULL;
		for (int i = 0; i < t->keys.len; i++) {
			if (t->keys.items[i]->match == IMK_LPM)
				lpm = t->keys.items[i];
			else
				off = place_key(t->keys.items[i], off, &align, true);
		}
		off = place_key(lpm, off, &align, true);
		break;
	}
	case ITK_TERNARY:
		off = 4;
		align = 4;
		for (int i = 0; i < t->keys.len; i++)
			off = place_key(t->keys.items[i], off, &align, false);
		break;
	}
	t->key_size = align_up(off, align);
	int data = 0, dalign = 4;
	for (int i = 0; owner && i < owner->actions.len; i++) {
		const IrAction *a = owner->actions.items[i];
		if (a->data_size > data)
			data = a->data_size;
		if (a->data_align > dalign)
			dalign = a->data_align;
	}
	for (int i = 0; i < t->actions.len; i++) {
		const IrAction *a = t->actions.items[i]->action;
		if (a->data_size > data)
			data = a->data_size;
		if (a->data_align > dalign)
			dalign = a->data_align;
	}
	t->value_size = align_up(8 + data, dalign);
}

int ir_layout(IrProgram *p)
{
	collect_types(p);
	for (int i = 0; i < p->actions.len; i++)
		lay_out_action(p->actions.items[i]);
	for (int i = 0; i < p->controls.len; i++) {
		IrControl *c = p->controls.items[i];
		for (int j = 0; j < c->tables.len; j++)
			lay_out_table(c->tables.items[j], c);
	}
	p->laid_out = true;
	return 0;
}
