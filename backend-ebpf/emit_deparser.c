/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* emit_deparser.c: deparsers.
 *
 * In place (be_analyze.c decided it is safe): the packet keeps its shape,
 * so the deparser stores only the fields that the control may have written,
 * each where the parser read it; headers nobody wrote cost nothing.
 *
 * Otherwise the deparser measures what it will emit, moves the packet's head
 * by the difference from what the parser consumed (bpf_xdp_adjust_head on
 * XDP; bpf_skb_change_head or bpf_skb_adjust_room on TC), and serialises
 * every valid emitted header from the start of the packet. The payload
 * after the parsed headers is never touched. */
#include <string.h>

#include "be.h"

static void store_header(Be *be, const IrType *t, const char *src, const char *p)
{
	for (int i = 0; i < t->fields.len; i++)
		be_store_field(be, t, i, src, p);
}

/* In place: the written fields of one header at its parsed offset. */
static void rewrite_header(Be *be, const BeHdrUse *h, const char *src)
{
	Emit *e = &be->e;
	int size = be_header_bytes(h->type);
	if (!h->untracked && h->index < 32)
		be_open(e, "if (%s.ebpf_valid && (p4e_o->dirty & 0x%x))", src, 1u << h->index);
	else
		be_open(e, "if (%s.ebpf_valid)", src);
	if (h->offset > 0)
		be_line(e, "void *p4e_p = p4e_data + %d;", h->offset);
	else if (h->offset == 0)
		be_line(e, "void *p4e_p = p4e_data;");
	else
		be_line(e, "void *p4e_p = p4e_data + (p4e_o->h%d & 0xffff);", h->index);
	be_blank(e);
	be_line(e, "if (p4e_p + %d > p4e_data_end)", size);
	be_line(e, "\treturn -1;");
	if (h->all_fields) {
		store_header(be, h->type, src, "p4e_p");
	} else {
		/* In field order, whatever order the writes were found in. */
		for (int i = 0; i < h->type->fields.len; i++)
			for (int j = 0; j < h->fields.len; j++)
				if (h->fields.items[j] == i)
					be_store_field(be, h->type, i, src, "p4e_p");
	}
	be_close(e, NULL);
}

/* ---- the general deparser: measure, move the head, serialise ---- */

static bool doff_varies; /* a varbit was emitted: p4e_doff is a run-time value */

/* p4e_p at the cursor (`decl` declares it). Once p4e_doff is a run-time
 * value, each pointer that clang derives from it anew is a new pointer to
 * the verifier, without the bounds check: the checked one is kept opaque. */
static void set_cursor(Be *be, const char *decl)
{
	be_line(&be->e, "%sp4e_p = p4e_data + (p4e_doff & 0x3fff);", decl);
	if (doff_varies)
		be_line(&be->e, "barrier_var(p4e_p);");
}

/* The packet pointers anew from the context (after the head moved, or to
 * drop what the verifier learnt of them). */
static void reload_packet(Be *be)
{
	be_line(&be->e, "p4e_data = (void *)(long)p4e_ctx->data;");
	be_line(&be->e, "p4e_data_end = (void *)(long)p4e_ctx->data_end;");
}

/* The bytes of a varbit field of `bits` bits and at most `max` bytes. */
static const char *varbit_bytes(Be *be, const char *bits, int max)
{
	return be_fmt(be, "(%s / 8 < %d ? %s / 8 : %d)", bits, max, bits, max);
}

/* A header with a varbit field: the fixed fields before it, the varbit's
 * bytes, then the fixed fields after it, at the varbit's end. */
static void emit_varbit(Be *be, const IrType *t, const char *src)
{
	Emit *e = &be->e;
	int before = 0, after = 0;
	const IrField *vf = be_header_varbit(t, &before, &after);
	if (!vf) {
		be_error(be, t->loc, "emitting header '%s' is not supported yet: its varbit field must start on a "
				     "byte boundary", t->p4_name);
		return;
	}
	int maxb = (vf->type->width + 7) / 8;
	const char *bits = be_fmt(be, "%s.%s.bits", src, vf->name);
	if (be->deparse_measure) {
		be_line(e, "if (%s.ebpf_valid)", src);
		be_line(e, "	p4e_len += %d + %s;", before + after, varbit_bytes(be, bits, maxb));
		return;
	}
	be_open(e, "if (%s.ebpf_valid)", src);
	set_cursor(be, "void *");
	be_line(e, "__u32 p4e_bits = %s;", bits);
	be_blank(e);
	if (before) {
		be_line(e, "if (p4e_p + %d > p4e_data_end)", before);
		be_line(e, "	return -1;");
	}
	for (int i = 0; i < vf->index; i++)
		be_store_field(be, t, i, src, "p4e_p");
	const char *to = before ? be_fmt(be, "p4e_p + %d", before) : "p4e_p";
	be_line(e, "if (%s(%s, %s.%s.data, %s, p4e_data_end, %s, %d))", be_varbit_copy(be), to, src, vf->name, to,
		varbit_bytes(be, "p4e_bits", maxb), maxb);
	be_line(e, "	return -1;");
	/* Each way out of the copy's loop leaves the verifier a different
	 * count and packet range; the bytes computed anew (barrier_var: not
	 * the count clang has) and fresh packet pointers make those ways the
	 * same, so that it goes through the rest of the deparser once, not
	 * once per length. */
	be_line(e, "barrier_var(p4e_bits);");
	be_line(e, "p4e_doff += %d + %s;", before, varbit_bytes(be, "p4e_bits", maxb));
	reload_packet(be);
	doff_varies = true;
	if (after) {
		set_cursor(be, "");
		be_line(e, "if (p4e_p + %d > p4e_data_end)", after);
		be_line(e, "	return -1;");
		for (int i = vf->index + 1; i < t->fields.len; i++)
			be_store_field(be, t, i, src, "p4e_p");
		be_line(e, "p4e_doff += %d;", after);
	}
	be_close(e, NULL);
}

static void emit_one(Be *be, const IrType *t, const char *src)
{
	Emit *e = &be->e;
	int size = be_header_bytes(t);
	if (size < 0) {
		emit_varbit(be, t, src);
		return;
	}
	if (be->deparse_measure) {
		be_line(e, "if (%s.ebpf_valid)", src);
		be_line(e, "\tp4e_len += %d;", size);
		return;
	}
	be_open(e, "if (%s.ebpf_valid)", src);
	set_cursor(be, "void *");
	be_blank(e);
	be_line(e, "if (p4e_p + %d > p4e_data_end)", size);
	be_line(e, "\treturn -1;");
	store_header(be, t, src, "p4e_p");
	be_line(e, "p4e_doff += %d;", size);
	be_close(e, NULL);
}

static void emit_value(Be *be, const IrType *t, const char *src)
{
	switch (t->kind) {
	case IT_HEADER:
		emit_one(be, t, src);
		return;
	case IT_UNION:
		for (int i = 0; i < t->fields.len; i++)
			emit_one(be, t->fields.items[i]->type, be_fmt(be, "%s.%s", src, t->fields.items[i]->name));
		return;
	case IT_STACK:
		for (int i = 0; i < t->size; i++)
			emit_value(be, t->elem, be_fmt(be, "%s.e[%d]", src, i));
		return;
	case IT_STRUCT:
		for (int i = 0; i < t->fields.len; i++)
			emit_value(be, t->fields.items[i]->type, be_fmt(be, "%s.%s", src, t->fields.items[i]->name));
		return;
	default:
		return;
	}
}

void be_deparser_emit_stmt(Be *be, const IrStmt *s)
{
	if (!be->fn || !be->fn->in_deparser) {
		be_error(be, s->loc, "emit outside a deparser");
		return;
	}
	if (be->fn->in_place)
		return;
	be_comment(&be->e, "emit %s (%s)", be_lvalue(be, s->lhs), be_where(be, s->loc));
	emit_value(be, s->lhs->type, be_lvalue(be, s->lhs));
}

/* Runs the deparser's body: the measuring pass skips everything but
 * control flow and emits (it must not run assignments twice). */
static void deparse_body(Be *be, const IrStmt *s)
{
	if (!s)
		return;
	if (s->kind == IS_BLOCK) {
		for (int i = 0; i < s->body.len; i++)
			deparse_body(be, s->body.items[i]);
		return;
	}
	if (be->deparse_measure && s->kind != IS_EMIT && s->kind != IS_IF)
		return;
	if (s->kind == IS_IF && be->deparse_measure) {
		be_open(&be->e, "if (%s)", be_cond(be, s->expr));
		deparse_body(be, s->then);
		if (s->els) {
			be_close(&be->e, " else {");
			be->e.indent++;
			deparse_body(be, s->els);
		}
		be_close(&be->e, NULL);
		return;
	}
	be_stmt(be, s);
}

void be_emit_deparser(Be *be, const IrControl *dep)
{
	BeFunc fn = {.in_deparser = true, .in_place = be->in_place, .is_control = true};
	Emit saved = be->e;
	StrBuf body = {0};
	be_fn_begin(be, &fn);
	be->e = (Emit){.out = &body, .indent = 1};
	bool xdp = be->hook == BE_HOOK_XDP;

	StrBuf ps_text = {0};
	/* The packet pointers come from the entry: they still carry the
	 * parser's bounds checks, which a reload from the context would lose. */
	strbuf_printf(&ps_text, "%s *p4e_ctx, void *p4e_data, void *p4e_data_end, struct p4e_offsets *p4e_o",
		      xdp ? "struct xdp_md" : "struct __sk_buff");
	for (int i = 0; i < dep->params.len; i++) {
		const IrVar *v = dep->params.items[i];
		if (v->type->kind == IT_EXTERN)
			continue;
		be_slot(be, v, true);
		strbuf_printf(&ps_text, ", %s%s *%s", v->direction == IRD_IN ? "const " : "",
			      be_ctype(be, v->type, NULL), v->name);
	}

	be_declare_vars(be, (IrVar *const *)dep->locals.items, dep->locals.len);
	be_blank(&be->e);
	if (be->in_place) {
		const IrVar *root = NULL;
		for (int i = 0; i < dep->params.len && !root; i++)
			if (dep->params.items[i]->type->kind == IT_STRUCT)
				root = dep->params.items[i];
		be_comment(&be->e, "The packet keeps its shape: store only the fields the control may have written.");
		/* Else clang may store through a copy of p4e_data + offset made
		 * for an earlier check (a P4E_PKT read in the control), which the
		 * verifier does not know to be inside the header's own check. */
		be_line(&be->e, "barrier_var(p4e_data);");
		int n = 0;
		for (int i = 0; i < be->hdrs.len; i++) {
			const BeHdrUse *h = be->hdrs.items[i];
			if (!h->written || !root)
				continue;
			rewrite_header(be, h, be_fmt(be, "%s->%s", root->name, h->path + 1));
			n++;
		}
		if (!n)
			be_comment(&be->e, "(no field is ever written: nothing to do)");
		be_line(&be->e, "(void)p4e_ctx;");
	} else {
		be_comment(&be->e, "Headers may be added or removed: measure, move the head, serialise.");
		be_line(&be->e, "__u32 p4e_len = 0, p4e_doff = 0;");
		be->deparse_measure = true;
		deparse_body(be, dep->body);
		be->deparse_measure = false;
		be_line(&be->e, "int p4e_delta = (int)p4e_len - (int)p4e_o->parsed;");
		be_blank(&be->e);
		be_open(&be->e, "if (p4e_delta != 0)");
		if (xdp) {
			be_line(&be->e, "if (bpf_xdp_adjust_head(p4e_ctx, -p4e_delta))");
			be_line(&be->e, "\treturn -1;");
		} else {
			be_line(&be->e, "if (p4e_delta > 0 ? bpf_skb_change_head(p4e_ctx, p4e_delta, 0)");
			be_line(&be->e, "\t\t  : bpf_skb_adjust_room(p4e_ctx, p4e_delta, BPF_ADJ_ROOM_MAC, 0))");
			be_line(&be->e, "\treturn -1;");
		}
		reload_packet(be);
		be_close(&be->e, NULL);
		doff_varies = false;
		deparse_body(be, dep->body);
	}
	be_line(&be->e, "return 0;");

	be->e = (Emit){.out = &be->funcs};
	be_comment(&be->e, "deparser %s (%s): 0, or -1 when the packet cannot be written", dep->p4_name,
		   be_where(be, dep->loc));
	be_put_function(be, dep->name, &ps_text, &body);
	be_fn_end(be);
	be->e = saved;
}
