/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* emit_stmt.c: statements of controls, actions and P4 functions, and the
 * externs they call.
 *
 * Actions are inlined where they are called or where a table runs them: a
 * block that copies the arguments into the parameters, the body, and the
 * copy-out, as P4's calling convention says; clang folds the copies away.
 * `exit` returns 1 from the control's function (callers pass it on), a
 * `return` inside an inlined action jumps to the end of its block. */
#include <string.h>

#include "be.h"

static bool is_wide(const IrType *t)
{
	return t->kind == IT_BITS && t->width > 64;
}

/* `T name = {0};` or `T name = 0;`: the verifier refuses reads of
 * uninitialised stack, and P4 says headers start invalid. */
static void declare_zero(Be *be, const IrVar *v)
{
	const char *decl = be_decl(be, v->type, v->name);
	if (be_is_aggregate(v->type) || is_wide(v->type) || v->type->kind == IT_VARBIT)
		be_line(&be->e, "%s = {0}; /* %s */", decl, be_p4type(be, v->type));
	else
		be_line(&be->e, "%s = 0; /* %s */", decl, be_p4type(be, v->type));
	if (is_wide(v->type))
		be_line(&be->e, "p4e_wide_in_memory(%s);", v->name);
}

void be_declare_vars(Be *be, IrVar *const *vars, int n)
{
	for (int i = 0; i < n; i++) {
		declare_zero(be, vars[i]);
		be_slot(be, vars[i], false);
	}
}

/* ---- externs ---- */

static const char *arg_text(Be *be, const IrCall *c, int i)
{
	const IrExpr *a = c->args.items[i];
	if (!a)
		return "0";
	IrDirection d = i < c->dirs.len ? c->dirs.items[i] : IRD_IN;
	if (d == IRD_OUT || d == IRD_INOUT)
		return be_fmt(be, "&%s", be_lvalue(be, a));
	if (be_is_aggregate(a->type) || is_wide(a->type))
		return be_lvalue(be, a);
	return be_expr(be, a);
}

static const char *call_args(Be *be, const IrCall *c, int from)
{
	StrBuf s = {0};
	for (int i = from; i < c->args.len; i++)
		strbuf_printf(&s, "%s%s", i > from ? ", " : "", arg_text(be, c, i));
	const char *r = arena_strndup(be->arena, s.data ? s.data : "", s.len);
	strbuf_free(&s);
	return r;
}

/* The arguments of a user's extern function, as --emit-externs declares its
 * parameters: aggregates by pointer whatever their direction. */
static const char *user_extern_args(Be *be, const IrCall *c)
{
	StrBuf s = {0};
	for (int i = 0; i < c->args.len; i++) {
		const IrExpr *a = c->args.items[i];
		IrDirection d = i < c->dirs.len ? c->dirs.items[i] : IRD_IN;
		bool by_ptr = a && d != IRD_OUT && d != IRD_INOUT && be_is_aggregate(a->type);
		strbuf_printf(&s, "%s%s%s", i ? ", " : "", by_ptr ? "&" : "",
			      by_ptr ? be_lvalue(be, a) : arg_text(be, c, i));
	}
	const char *r = arena_strndup(be->arena, s.data ? s.data : "", s.len);
	strbuf_free(&s);
	return r;
}

static bool ctor_bool(const IrExtern *x, const char *param, int pos)
{
	for (int i = 0; i < x->ctor_args.len; i++) {
		const char *n = i < x->ctor_param_names.len ? x->ctor_param_names.items[i] : NULL;
		if ((n && strcmp(n, param) == 0) || (!n && i == pos)) {
			const Value *v = x->ctor_args.items[i];
			return v && v->kind == VAL_BOOL && v->boolean;
		}
	}
	return false;
}

/* ---- ebpf_ipv4_checksum ----
 *
 * The checksum of the 20-byte IPv4 header that the eleven arguments make,
 * its checksum word 0: the one's-complement sum of its ten 16-bit words.
 * The sum does not care about byte order as long as every word has the
 * same one, so a word whose bits are fields of one header read in the
 * packet (be_direct_field), lying there as they lie in the image, is
 * summed as it is loaded, in network order, without taking the fields
 * apart; the other words are put together from the arguments' values and
 * swapped to network order. Without such words, or with calls among the
 * arguments (a 32-bit one would be evaluated twice), p4e_ipv4_checksum()
 * takes the values. */

/* Each argument's place in the image: its first bit, counted from the most
 * significant bit of the first byte, and its width. Bits 80..95 are the
 * checksum. */
static const struct {
	int bit, width;
} ipv4_image[] = {
	{0, 4}, {4, 4}, {8, 8}, {16, 16}, {32, 16}, {48, 3}, {51, 13}, {64, 8}, {72, 8}, {96, 32}, {128, 32},
};
#define IPV4_ARGS ((int)(sizeof(ipv4_image) / sizeof(ipv4_image[0])))
#define IPV4_WORDS 10

/* The image bits [*from, *to) that argument i has in word k; false when
 * it has none. */
static bool ipv4_overlap(int i, int k, int *from, int *to)
{
	int lo = ipv4_image[i].bit, hi = lo + ipv4_image[i].width;
	*from = lo > 16 * k ? lo : 16 * k;
	*to = hi < 16 * k + 16 ? hi : 16 * k + 16;
	return *from < *to;
}

/* The byte of image word k in the packet, or -1 when the word is not all
 * fields of one header (*h) at the right places. hdr[i]: argument i's
 * header, NULL when it is not read in the packet; delta[i]: its bit in the
 * packet minus its bit in the image. */
static int ipv4_wire_word(int k, const BeHdrUse *const *hdr, const int *delta, const BeHdrUse **h)
{
	int covered = 0, d = 0, from, to;
	*h = NULL;
	for (int i = 0; i < IPV4_ARGS; i++) {
		if (!ipv4_overlap(i, k, &from, &to))
			continue;
		if (!hdr[i] || (*h && (hdr[i] != *h || delta[i] != d))) {
			covered = -1;
			break;
		}
		*h = hdr[i];
		d = delta[i];
		covered += to - from;
	}
	if (covered == 16 && d % 8 == 0)
		return (16 * k + d) / 8;
	*h = NULL;
	return -1;
}

/* Image word k from the arguments' values, in host order, or NULL when no
 * argument has bits in it. val[i] caches argument i's text. */
static const char *ipv4_value_word(Be *be, const IrCall *c, int k, const char **val)
{
	StrBuf s = {0};
	int from, to;
	for (int i = 0; i < IPV4_ARGS; i++) {
		if (!ipv4_overlap(i, k, &from, &to))
			continue;
		/* The argument's bits [hi - to, hi - from), counted from its
		 * least significant one, go to bits [from, to) of the image. */
		int w = ipv4_image[i].width, hi = ipv4_image[i].bit + w;
		if (!val[i])
			val[i] = arg_text(be, c, i);
		const char *v = val[i];
		if (hi > to)
			v = be_fmt(be, "(%s >> %d)", v, hi - to);
		if (hi - from < w)
			v = be_fmt(be, "(%s & 0x%x)", v, (1u << (to - from)) - 1);
		if (16 * k + 16 > to)
			v = be_fmt(be, "((__u32)%s << %d)", v, 16 * k + 16 - to);
		strbuf_printf(&s, "%s%s", s.len ? " | " : "", v);
	}
	const char *r = s.len ? arena_strndup(be->arena, s.data, s.len) : NULL;
	strbuf_free(&s);
	return r;
}

static const char *ipv4_checksum(Be *be, const IrCall *c)
{
	const BeHdrUse *hdr[IPV4_ARGS] = {0}, *wh[IPV4_WORDS];
	int delta[IPV4_ARGS] = {0}, wbyte[IPV4_WORDS];
	bool wire = false, calls = c->args.len != IPV4_ARGS;
	for (int i = 0; i < IPV4_ARGS && !calls; i++) {
		const IrExpr *a = c->args.items[i];
		int fi;
		calls |= ir_expr_has_effects(a);
		if (a && be_type_width(a->type) == ipv4_image[i].width && (hdr[i] = be_direct_field(be, a, &fi)))
			delta[i] = 8 * hdr[i]->offset + be_field_bit_offset(a->a->type, fi) - ipv4_image[i].bit;
	}
	for (int k = 0; k < IPV4_WORDS; k++) {
		wbyte[k] = ipv4_wire_word(k, hdr, delta, &wh[k]);
		wire |= wbyte[k] >= 0;
	}
	if (!wire || calls)
		return be_fmt(be, "p4e_ipv4_checksum(%s)", call_args(be, c, 0));
	/* The packet's words: one check of the header's end for each header,
	 * a p4e_csum_words() for each run of consecutive words in it. */
	StrBuf s = {0};
	bool done[IPV4_WORDS] = {0};
	for (int k = 0; k < IPV4_WORDS; k++) {
		if (wbyte[k] < 0 || done[k])
			continue;
		const BeHdrUse *h = wh[k];
		strbuf_printf(&s, "%sP4E_PKT(%d, ", s.len ? " + " : "", h->offset + be_header_bytes(h->type));
		for (int j = k; j < IPV4_WORDS; j++) {
			if (done[j] || wh[j] != h)
				continue;
			int n = 1;
			while (j + n < IPV4_WORDS && wh[j + n] == h && wbyte[j + n] == wbyte[j] + 2 * n)
				n++;
			strbuf_printf(&s, "%sp4e_csum_words(p4e_data + %d, %d)", j > k ? " + " : "", wbyte[j], n);
			for (int m = j; m < j + n; m++)
				done[m] = true;
		}
		strbuf_puts(&s, ")");
	}
	const char *val[IPV4_ARGS] = {0};
	for (int k = 0; k < IPV4_WORDS; k++) {
		const char *w = wbyte[k] < 0 ? ipv4_value_word(be, c, k, val) : NULL;
		if (w)
			strbuf_printf(&s, " + bpf_htons((__u16)(%s))", w);
	}
	const char *r = be_fmt(be, "p4e_csum_net(%.*s)", (int)s.len, s.data);
	strbuf_free(&s);
	return r;
}

bool be_extern_call(Be *be, const IrCall *c, const char **result)
{
	*result = NULL;
	switch (c->kind) {
	case IC_FUNCTION:
		*result = be_fmt(be, "%s(%s)", c->function->name, call_args(be, c, 0));
		return true;
	case IC_EXTERN_FUNCTION:
		if (strcmp(c->name, "ebpf_ipv4_checksum") == 0)
			*result = ipv4_checksum(be, c);
		else if (strcmp(c->name, "csum_replace2") == 0)
			*result = be_fmt(be, "p4e_csum_replace2(%s)", call_args(be, c, 0));
		else if (strcmp(c->name, "csum_replace4") == 0)
			*result = be_fmt(be, "p4e_csum_replace4(%s)", call_args(be, c, 0));
		else if (strcmp(c->name, "BPF_KTIME_GET_NS") == 0)
			*result = "(__u32)bpf_ktime_get_ns()";
		else
			/* An extern of the user's: --extern-file defines it
			 * (--emit-externs prints the prototype to write). */
			*result = be_fmt(be, "%s(%s)", c->name, user_extern_args(be, c));
		return true;
	case IC_METHOD:
		if (c->instance && c->extern_type && strcmp(c->extern_type, "CounterArray") == 0) {
			const IrExtern *x = c->instance;
			const char *fn = ctor_bool(x, "sparse", 1) ? "p4e_counter_add_sparse" : "p4e_counter_add";
			if (strcmp(c->name, "increment") == 0 && c->args.len >= 1) {
				*result = be_fmt(be, "%s(&%s, %s, 1)", fn, x->name, arg_text(be, c, 0));
				return true;
			}
			if (strcmp(c->name, "add") == 0 && c->args.len >= 2) {
				*result = be_fmt(be, "%s(&%s, %s, %s)", fn, x->name, arg_text(be, c, 0),
						 arg_text(be, c, 1));
				return true;
			}
		}
		if (c->instance) {
			/* A user extern object: NAME_METHOD(&instance-state, args). */
			*result = be_fmt(be, "%s_%s(%s)", c->instance->extern_type, c->name, call_args(be, c, 0));
			return true;
		}
		break;
	}
	be_error(be, (Loc){0}, "the call of '%s' is not supported by the eBPF backend", c->name);
	return false;
}

void be_emit_extern_maps(Be *be)
{
	Emit e = {.out = &be->maps};
	for (int i = 0; i < be->p->externs.len; i++) {
		const IrExtern *x = be->p->externs.items[i];
		if (!x->extern_type || strcmp(x->extern_type, "CounterArray") != 0)
			continue;
		const Value *size = x->ctor_args.len > 0 ? x->ctor_args.items[0] : NULL;
		uint64_t n = size && size->kind == VAL_INT ? value_get_u64(size) : 1;
		if (n == 0)
			n = 1;
		be_comment(&e, "CounterArray %s (%s)", x->p4_name, be_where(be, x->loc));
		be_line(&e, "P4E_COUNTER_%s(%s, %llu);", ctor_bool(x, "sparse", 1) ? "HASH" : "ARRAY", x->name,
			(unsigned long long)n);
	}
}

/* ---- actions ---- */

void be_inline_action(Be *be, const IrAction *a, const IrExpr *const *args, int nargs, const char *data,
		      bool own_block)
{
	Emit *e = &be->e;
	if (own_block)
		be_block(e);
	be_comment(e, "action %s (%s)", a->p4_name, be_where(be, a->loc));
	for (int i = 0; i < a->params.len; i++) {
		const IrVar *v = a->params.items[i];
		const IrExpr *arg = i < nargs ? args[i] : NULL;
		const char *decl = be_decl(be, v->type, v->name);
		be_slot(be, v, false);
		if (v->kind == IV_ACTION_DATA && data && !arg) {
			if (is_wide(v->type)) {
				be_line(e, "%s;", decl);
				be_line(e, "__builtin_memcpy(%s, %s.%s, %d);", v->name, data, v->name,
					(v->type->width + 7) / 8);
			} else {
				be_line(e, "%s = %s.%s;", decl, data, v->name);
			}
			continue;
		}
		if (!arg || v->direction == IRD_OUT) {
			declare_zero(be, v);
			continue;
		}
		if (is_wide(v->type) || v->type->kind == IT_VARBIT) {
			be_line(e, "%s;", decl);
			be_assign_text(be, v->type, v->name,
				       arg->kind == IE_CONST ? be_expr(be, arg) : be_lvalue(be, arg));
		} else {
			be_line(e, "%s = %s;", decl, be_expr(be, arg));
		}
	}
	for (int i = 0; i < a->locals.len; i++) {
		declare_zero(be, a->locals.items[i]);
		be_slot(be, a->locals.items[i], false);
	}
	const char *saved = be->fn->ret_label;
	const char *label = be_fmt(be, "p4e_ret_%d", ++be->tmp);
	be->fn->ret_label = label;
	size_t before = be->e.out->len;
	if (a->body)
		be_stmts(be, a->body);
	bool used = false;
	/* The label only when a `return` jumped to it (unused labels warn). */
	for (const char *s = be->e.out->data + before; s && (s = strstr(s, label)) != NULL; s++) {
		used = true;
		break;
	}
	be->fn->ret_label = saved;
	if (used)
		be_line(e, "%s:;", label);
	for (int i = 0; i < a->params.len && i < nargs; i++) {
		const IrVar *v = a->params.items[i];
		if (!args[i] || (v->direction != IRD_OUT && v->direction != IRD_INOUT))
			continue;
		be_assign_text(be, v->type, be_lvalue(be, args[i]), v->name);
	}
	if (own_block)
		be_close(e, NULL);
}

/* ---- statements ---- */

/* A write to a parsed header's field in the package's control: the
 * in-place deparser stores the header only when this ran. */
void be_mark_dirty(Be *be, const IrExpr *lhs)
{
	if (!be->fn || !be->fn->direct || !be->in_place)
		return;
	const IrVar *root = NULL;
	const char *path = be_lvalue_path(be, lhs, &root);
	if (!path || root != be->ctl_hdr_param)
		return;
	const BeHdrUse *best = NULL;
	for (int i = 0; i < be->hdrs.len; i++) {
		const BeHdrUse *h = be->hdrs.items[i];
		size_t n = strlen(h->path);
		if (strncmp(path, h->path, n) == 0 && (path[n] == '.' || path[n] == '\0'))
			if (!best || strlen(best->path) < n)
				best = h;
	}
	if (best && best->written && !best->untracked && best->index < 32)
		be_line(&be->e, "p4e_o->dirty |= 0x%x; /* %s */", 1u << best->index, best->path + 1);
}

void be_stmts(Be *be, const IrStmt *s)
{
	if (!s)
		return;
	if (s->kind == IS_BLOCK) {
		for (int i = 0; i < s->body.len; i++)
			be_stmt(be, s->body.items[i]);
	} else {
		be_stmt(be, s);
	}
}

static void set_validity(Be *be, const IrStmt *s, int valid)
{
	const IrExpr *h = s->lhs ? s->lhs : s->expr;
	/* A union member made valid: the others become invalid. */
	if (valid && h->kind == IE_FIELD && h->a->type->kind == IT_UNION) {
		const IrType *u = h->a->type;
		const char *base = be_lvalue(be, h->a);
		for (int i = 0; i < u->fields.len; i++)
			if (u->fields.items[i] != h->field)
				be_line(&be->e, "%s.%s.ebpf_valid = 0;", base, u->fields.items[i]->name);
	}
	if (h->type->kind == IT_UNION) {
		const char *base = be_lvalue(be, h);
		for (int i = 0; i < h->type->fields.len; i++)
			be_line(&be->e, "%s.%s.ebpf_valid = 0;", base, h->type->fields.items[i]->name);
		return;
	}
	be_line(&be->e, "%s.ebpf_valid = %d;", be_lvalue(be, h), valid);
}

static void push_pop(Be *be, const IrStmt *s)
{
	const IrExpr *st = s->lhs ? s->lhs : s->expr;
	const IrType *t = st->type;
	const char *b = be_lvalue(be, st);
	int n = s->count, size = t->size;
	Emit *e = &be->e;
	if (s->kind == IS_PUSH_FRONT) {
		be_comment(e, "%s.push_front(%d)", b, n);
		for (int i = size - 1; i >= n; i--)
			be_line(e, "%s.e[%d] = %s.e[%d];", b, i, b, i - n);
		for (int i = 0; i < n && i < size; i++)
			be_line(e, "__builtin_memset(&%s.e[%d], 0, sizeof(%s.e[%d]));", b, i, b, i);
		be_line(e, "%s.next = %s.next + %d > %d ? %d : %s.next + %d;", b, b, n, size, size, b, n);
	} else {
		be_comment(e, "%s.pop_front(%d)", b, n);
		for (int i = 0; i + n < size; i++)
			be_line(e, "%s.e[%d] = %s.e[%d];", b, i, b, i + n);
		for (int i = size - n < 0 ? 0 : size - n; i < size; i++)
			be_line(e, "__builtin_memset(&%s.e[%d], 0, sizeof(%s.e[%d]));", b, i, b, i);
		be_line(e, "%s.next = %s.next > %d ? %s.next - %d : 0;", b, b, n, b, n);
	}
}

static IrFind loop_break(const IrStmt *s, const void *ctx)
{
	(void)ctx;
	if (s->kind == IS_FOR || s->kind == IS_FOR_IN)
		return IR_FIND_SKIP; /* its breaks are its own */
	return s->kind == IS_BREAK ? IR_FIND_YES : IR_FIND_NO;
}

/* Whether s has a `break` of the loop around it, not of one inside it. */
static bool breaks_loop(const IrStmt *s)
{
	return ir_stmt_any(s, loop_break, NULL);
}

/* A switch whose cases break the loop around it: C's `break` would only
 * leave a C switch, so the cases become ifs on the value, taken once. */
static void switch_as_ifs(Be *be, const IrStmt *s)
{
	Emit *e = &be->e;
	int w = be_type_width(s->expr->type);
	const char *x = be_fmt(be, "p4e_sw%d", ++be->tmp);
	be_block(e);
	be_line(e, "%s = %s;", be_decl(be, s->expr->type, x), be_cond(be, s->expr));
	for (int i = 0; i < s->cases.len; i++) {
		const IrCase *c = s->cases.items[i];
		StrBuf cond = {0};
		for (int j = 0; j < c->values.len; j++)
			strbuf_printf(&cond, "%s%s == %s", j ? " || " : "", x, be_value(be, c->values.items[j], w));
		if (i > 0)
			be_close(e, c->is_default ? " else {" : be_fmt(be, " else if (%s) {", cond.data));
		else if (c->is_default)
			be_block(e);
		else
			be_open(e, "if (%s)", cond.data);
		if (i > 0)
			e->indent++;
		strbuf_free(&cond);
		be_stmts(be, c->body);
	}
	if (s->cases.len)
		be_close(e, NULL);
	be_close(e, NULL);
}

static void switch_stmt(Be *be, const IrStmt *s)
{
	Emit *e = &be->e;
	int w = be_type_width(s->expr->type);
	if (breaks_loop(s)) {
		switch_as_ifs(be, s);
		return;
	}
	be_line(e, "switch (%s) {", be_cond(be, s->expr));
	for (int i = 0; i < s->cases.len; i++) {
		const IrCase *c = s->cases.items[i];
		int n = c->values.len + (c->is_default ? 1 : 0);
		for (int j = 0; j < c->values.len; j++) {
			const char *v = be_value(be, c->values.items[j], w);
			if (j == n - 1)
				be_case(e, "case %s", v);
			else
				be_line(e, "case %s:", v);
		}
		if (c->is_default)
			be_case(e, "default");
		be_stmts(be, c->body);
		be_line(e, "break;");
		be_close(e, NULL);
	}
	be_line(e, "}");
}

/* The storage steps of `e` (a variable, then fields and indexes) into
 * steps[], root first; -1 when e is not such a path. */
static int path_steps(const IrExpr *e, const IrExpr **steps, int max)
{
	int n = 0;
	for (const IrExpr *x = e; x; x = x->a) {
		if (n == max)
			return -1;
		steps[n++] = x;
		if (x->kind == IE_VAR)
			break;
		if (x->kind != IE_FIELD && x->kind != IE_INDEX && x->kind != IE_SLICE)
			return -1;
	}
	if (!n || steps[n - 1]->kind != IE_VAR)
		return -1;
	for (int i = 0; i < n / 2; i++) {
		const IrExpr *t = steps[i];
		steps[i] = steps[n - 1 - i];
		steps[n - 1 - i] = t;
	}
	return n;
}

/* Whether two paths may share bits: they do unless they part at different
 * fields or constant indexes, or start at different variables. */
static bool paths_overlap(const IrExpr *a, const IrExpr *b)
{
	const IrExpr *pa[32], *pb[32];
	int na = path_steps(a, pa, 32), nb = path_steps(b, pb, 32);
	if (na < 0 || nb < 0)
		return true;
	if (pa[0]->var != pb[0]->var)
		return false;
	for (int i = 1; i < na && i < nb; i++) {
		if (pa[i]->kind != pb[i]->kind)
			return true;
		if (pa[i]->kind == IE_FIELD && pa[i]->field != pb[i]->field)
			return false;
		if (pa[i]->kind == IE_INDEX && pa[i]->b->kind == IE_CONST && pb[i]->b->kind == IE_CONST &&
		    value_get_u64(pa[i]->b->value) != value_get_u64(pb[i]->b->value))
			return false;
	}
	return true;
}

/* Whether s itself may change what `c` names: a write to a path that
 * overlaps it, or any call, table, action or extract, which may write
 * anything. */
static IrFind writes(const IrStmt *s, const void *c)
{
	switch (s->kind) {
	case IS_CALL:
	case IS_CALL_ACTION:
	case IS_APPLY:
	case IS_APPLY_BLOCK:
	case IS_EXTRACT:
		return IR_FIND_YES;
	case IS_ASSIGN:
	case IS_SET_VALID:
	case IS_SET_INVALID:
	case IS_PUSH_FRONT:
	case IS_POP_FRONT:
		if (paths_overlap(s->lhs, c))
			return IR_FIND_YES;
		break;
	default:
		break;
	}
	return ir_expr_has_effects(s->lhs) || ir_expr_has_effects(s->rhs) || ir_expr_has_effects(s->expr)
		       ? IR_FIND_YES
		       : IR_FIND_NO;
}

/* for (T v in stack) and for (T v in list): a loop over the elements'
 * indexes, v a copy of each. A stack's elements are all visited, valid or
 * not. P4 evaluates the collection once, before the loop: a stack in
 * storage that the body cannot change is read as the loop gets to each
 * element, any other stack is copied first, and a list is evaluated into
 * an array. `continue` needs no label: v is set first. */
static void for_in_elements(Be *be, const IrStmt *s, int n)
{
	Emit *e = &be->e;
	const IrExpr *c = s->expr;
	const IrType *vt = s->var->type;
	const char *v = be_lvalue(be, ir_var_ref(be->p, s->var, s->loc));
	const char *elems, *saved = be->fn->cont_label;
	bool stored = (c->kind == IE_VAR || c->kind == IE_FIELD || c->kind == IE_INDEX) &&
		      !ir_stmt_any(s->then, writes, c);
	int count;
	if (c->type->kind != IT_STACK && c->kind != IE_STRUCT) {
		be_error(be, s->loc, "for-in over a %s is not supported", ir_expr_kind_name(c->kind));
		return;
	}
	be_block(e);
	be_line(e, "__u32 p4e_i%d;", n);
	if (c->type->kind == IT_STACK && stored) {
		count = c->type->size;
		elems = be_fmt(be, "%s.e", be_lvalue(be, c));
	} else if (c->type->kind == IT_STACK && c->kind != IE_STRUCT) {
		count = c->type->size;
		elems = be_fmt(be, "p4e_stack%d", n);
		be_line(e, "%s = %s;", be_decl(be, c->type, elems), be_expr(be, c));
		elems = be_fmt(be, "%s.e", elems);
	} else {
		count = c->args.len;
		elems = be_fmt(be, "p4e_list%d", n);
		be_line(e, "%s = {0};", be_decl(be, vt, be_fmt(be, "%s[%d]", elems, count ? count : 1)));
		for (int i = 0; i < count; i++)
			be_assign_text(be, vt, be_fmt(be, "%s[%d]", elems, i), be_expr(be, c->args.items[i]));
	}
	be_blank(e);
	be_open(e, "for (p4e_i%d = 0; p4e_i%d < %d; p4e_i%d++)", n, n, count, n);
	be_assign_text(be, vt, v, be_fmt(be, "%s[p4e_i%d]", elems, n));
	be->fn->cont_label = NULL;
	be_stmts(be, s->then);
	be->fn->cont_label = saved;
	be_close(e, NULL);
	be_close(e, NULL);
}

static void for_stmt(Be *be, const IrStmt *s)
{
	Emit *e = &be->e;
	const char *saved = be->fn->cont_label;
	int n = ++be->tmp;
	if (s->kind == IS_FOR_IN) {
		if (!s->lhs || !s->rhs) {
			for_in_elements(be, s, n);
			return;
		}
		/* A counter wider than the variable: `j in 0 .. 255` with a bit<8>
		 * j ends. The bounds are evaluated once, as P4 says. */
		const char *v = be_lvalue(be, ir_var_ref(be->p, s->var, s->loc));
		be_block(e);
		be_line(e, "__s64 p4e_i%d, p4e_hi%d = (__s64)(%s);", n, n, be_expr(be, s->rhs));
		be_blank(e);
		be_open(e, "for (p4e_i%d = (__s64)(%s); p4e_i%d <= p4e_hi%d; p4e_i%d++)", n, be_expr(be, s->lhs), n, n, n);
		be_line(e, "%s = (%s)p4e_i%d;", v, be_ctype(be, s->var->type, NULL), n);
		be->fn->cont_label = NULL;
		be_stmts(be, s->then);
		be_close(e, NULL);
		be_close(e, NULL);
		be->fn->cont_label = saved;
		return;
	}
	/* init; while (cond) { body; update }, `continue` jumping to update. */
	const char *cont = be_fmt(be, "p4e_next%d", n);
	be_block(e);
	be_stmts(be, s->init);
	be_open(e, "for (; %s; )", s->expr ? be_cond(be, s->expr) : "");
	be->fn->cont_label = cont;
	size_t before = e->out->len;
	be_stmts(be, s->then);
	be->fn->cont_label = saved;
	if (strstr(e->out->data + before, cont))
		be_line(e, "%s:;", cont);
	be_stmts(be, s->update);
	be_close(e, NULL);
	be_close(e, NULL);
}

void be_stmt(Be *be, const IrStmt *s)
{
	Emit *e = &be->e;
	if (!s)
		return;
	switch (s->kind) {
	case IS_BLOCK:
		if (s->body.len == 0)
			return;
		be_block(e);
		be_stmts(be, s);
		be_close(e, NULL);
		return;
	case IS_DECLARE:
		if (s->rhs) {
			be_assign(be, ir_var_ref(be->p, s->var, s->loc), s->rhs);
		} else if (be_is_aggregate(s->var->type)) {
			/* A header declared here is invalid, whatever it held before. */
			const char *v = be_lvalue(be, ir_var_ref(be->p, s->var, s->loc));
			be_line(e, "__builtin_memset(&%s, 0, sizeof(%s));", v, v);
		}
		return;
	case IS_ASSIGN: {
		bool scoped = be_expr_wide_tmps(s->rhs) || be_expr_wide_tmps(s->lhs);
		if (scoped)
			be_block(e);
		be_assign(be, s->lhs, s->rhs);
		if (scoped)
			be_close(e, NULL);
		be_mark_dirty(be, s->lhs);
		return;
	}
	case IS_IF: {
		bool scoped = be_expr_wide_tmps(s->expr);
		if (scoped)
			be_block(e);
		be_open(e, "if (%s)", be_cond(be, s->expr));
		be_stmts(be, s->then);
		if (s->els) {
			be_close(e, " else {");
			e->indent++;
			be_stmts(be, s->els);
		}
		be_close(e, NULL);
		if (scoped)
			be_close(e, NULL);
		return;
	}
	case IS_SWITCH:
		switch_stmt(be, s);
		return;
	case IS_APPLY:
		be_apply_table(be, s);
		return;
	case IS_CALL_ACTION:
		be_inline_action(be, s->action, (const IrExpr *const *)s->args.items, s->args.len, NULL, true);
		return;
	case IS_CALL: {
		const char *r;
		if (s->expr && s->expr->kind == IE_CALL && be_extern_call(be, s->expr->call, &r) && r)
			be_line(e, "%s;", r);
		return;
	}
	case IS_APPLY_BLOCK:
		if (s->control) {
			StrBuf a = {0};
			for (int i = 0; i < s->args.len; i++) {
				const IrExpr *x = s->args.items[i];
				const IrVar *pv = i < s->control->params.len ? s->control->params.items[i] : NULL;
				bool by_ptr = pv && (be_is_aggregate(pv->type) || pv->direction == IRD_OUT ||
						     pv->direction == IRD_INOUT);
				strbuf_printf(&a, "%s%s%s", i ? ", " : "", by_ptr ? "&" : "",
					      by_ptr ? be_lvalue(be, x) : be_expr(be, x));
			}
			be_line(e, "if (%s(%s))", s->control->name, a.data ? a.data : "");
			be_line(e, "\treturn 1; /* exit */");
			strbuf_free(&a);
		}
		return; /* a parser applied from a parser is inlined (ir/inline_parsers.c) */
	case IS_SET_VALID:
		set_validity(be, s, 1);
		return;
	case IS_SET_INVALID:
		set_validity(be, s, 0);
		return;
	case IS_PUSH_FRONT:
	case IS_POP_FRONT:
		push_pop(be, s);
		return;
	case IS_EXIT:
		be_line(e, "return 1; /* exit (%s) */", be_where(be, s->loc));
		return;
	case IS_RETURN:
		if (be->fn->ret_label && !be->fn->is_function) {
			be_line(e, "goto %s; /* return */", be->fn->ret_label);
			return;
		}
		if (be->fn->is_function) {
			if (s->expr)
				be_line(e, "return %s;", be_expr(be, s->expr));
			else
				be_line(e, "return;");
			return;
		}
		be_line(e, "return 0;");
		return;
	case IS_FOR:
	case IS_FOR_IN:
		for_stmt(be, s);
		return;
	case IS_BREAK:
		be_line(e, "break;");
		return;
	case IS_CONTINUE:
		if (be->fn->cont_label)
			be_line(e, "goto %s; /* continue */", be->fn->cont_label);
		else
			be_line(e, "continue;");
		return;
	case IS_EXTRACT:
	case IS_ADVANCE:
	case IS_VERIFY:
		if (be->fn->in_parser) {
			be_parser_stmt(be, s);
			return;
		}
		be_error(be, s->loc, "%s outside a parser", ir_stmt_kind_name(s->kind));
		return;
	case IS_EMIT:
		be_deparser_emit_stmt(be, s);
		return;
	}
}

/* ---- P4 functions ---- */

void be_emit_functions(Be *be)
{
	for (int i = 0; i < be->p->functions.len; i++) {
		const IrFunction *f = be->p->functions.items[i];
		BeFunc fn = {.is_function = true};
		Emit saved = be->e;
		be->e = (Emit){.out = &be->funcs};
		be_fn_begin(be, &fn);
		StrBuf ps = {0};
		for (int j = 0; j < f->params.len; j++) {
			const IrVar *v = f->params.items[j];
			bool ptr = v->direction == IRD_OUT || v->direction == IRD_INOUT;
			be_slot(be, v, ptr);
			strbuf_printf(&ps, "%s%s", j ? ", " : "",
				      ptr ? be_fmt(be, "%s *%s", be_ctype(be, v->type, NULL), v->name)
					  : be_decl(be, v->type, v->name));
		}
		be_comment(&be->e, "function %s (%s)", f->p4_name, be_where(be, f->loc));
		be_line(&be->e, "static __always_inline %s %s(%s)", be_ctype(be, f->ret, NULL), f->name,
			ps.data ? ps.data : "void");
		be_block(&be->e);
		strbuf_free(&ps);
		be_declare_vars(be, (IrVar *const *)f->locals.items, f->locals.len);
		be_stmts(be, f->body);
		/* A function that can fall off its end returns something defined. */
		const IrStmt *last = f->body && f->body->kind == IS_BLOCK && f->body->body.len
					     ? f->body->body.items[f->body->body.len - 1]
					     : f->body;
		if (f->ret && f->ret->kind != IT_VOID && (!last || last->kind != IS_RETURN))
			be_line(&be->e, "return %s;", be_is_aggregate(f->ret) ? be_fmt(be, "(%s){0}", be_ctype(be, f->ret, NULL)) : "0");
		be_close(&be->e, NULL);
		be_blank(&be->e);
		be_fn_end(be);
		be->e = saved;
	}
}
