/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* emit_prog.c: controls, and the program entry of each hook.
 *
 * A control is a function over pointers to its parameters that returns 1
 * when it ran `exit`. The entry declares the storage the package's blocks
 * share (on the stack, or in a per-CPU scratch map when the stack would
 * not hold it), runs the parser, the control and the deparser, and turns
 * the architecture's verdict into the hook's:
 *
 *   ebpfFilter   accept ? TC_ACT_OK : TC_ACT_SHOT (XDP_PASS / XDP_DROP);
 *                a parser reject drops
 *   xdp          output_action is the XDP verdict; XDP_REDIRECT records
 *                output_port in p4e_out and calls bpf_redirect() */
#include <string.h>

#include "be.h"

/* Storage above which the blocks' parameters move off the stack: BPF
 * programs have 512 bytes of stack and keys, values and temporaries need
 * their share. */
#define STACK_BUDGET 256

void be_emit_control(Be *be, const IrControl *c)
{
	/* The package's control also gets the packet: it reads fields there
	 * and marks the headers it changes dirty for the deparser. */
	bool top = c == be->control;
	BeFunc fn = {.is_control = true, .direct = top};
	Emit saved = be->e;
	StrBuf body = {0};
	be_fn_begin(be, &fn);
	be->e = (Emit){.out = &body, .indent = 1};

	StrBuf ps_text = {0};
	if (top)
		strbuf_puts(&ps_text, "void *p4e_data, void *p4e_data_end, struct p4e_offsets *p4e_o");
	for (int i = 0; i < c->params.len; i++) {
		const IrVar *v = c->params.items[i];
		bool ptr = be_is_aggregate(v->type) || v->direction == IRD_OUT || v->direction == IRD_INOUT;
		be_slot(be, v, ptr);
		const char *sep = ps_text.len ? ", " : "";
		if (ptr)
			strbuf_printf(&ps_text, "%s%s%s *%s", sep, v->direction == IRD_IN ? "const " : "",
				      be_ctype(be, v->type, NULL), v->name);
		else
			strbuf_printf(&ps_text, "%s%s", sep, be_decl(be, v->type, v->name));
	}
	be_declare_vars(be, (IrVar *const *)c->locals.items, c->locals.len);
	if (c->locals.len)
		be_blank(&be->e);
	if (c->body)
		for (int i = 0; i < c->body->body.len; i++)
			be_stmt(be, c->body->body.items[i]);
	be_line(&be->e, "return 0;");

	be->e = (Emit){.out = &be->funcs};
	be_comment(&be->e, "control %s (%s): 1 when it ran exit", c->p4_name, be_where(be, c->loc));
	be_put_function(be, c->name, &ps_text, &body);
	be_fn_end(be);
	be->e = saved;
}

/* ---- the entry ---- */

typedef struct Storage {
	const IrType *type;
	const char *name;
	const char *init; /* NULL: zero */
} Storage;

static const char *storage_ref(Be *be, const Storage *s)
{
	return be->uses_scratch ? be_fmt(be, "&p4e_s->%s", s->name) : be_fmt(be, "&%s", s->name);
}

static void declare_storage(Be *be, Storage *st, int n, const char *fail)
{
	Emit *e = &be->e;
	int total = 0;
	for (int i = 0; i < n; i++)
		total += be_type_size(st[i].type);
	be->uses_scratch = total > STACK_BUDGET;
	if (!be->uses_scratch) {
		for (int i = 0; i < n; i++)
			/* An empty struct (size 0) takes no initializer element. */
			be_line(e, "%s = %s;", be_decl(be, st[i].type, st[i].name),
				be_type_size(st[i].type) ? "{0}" : "{}");
		return;
	}
	/* The scratch struct and map, declared with the maps. */
	Emit m = {.out = &be->maps};
	be_comment(&m, "The blocks' parameters (%d bytes) do not fit the stack: per-CPU scratch.", total);
	be_open(&m, "struct p4e_scratch");
	for (int i = 0; i < n; i++)
		be_line(&m, "%s;", be_decl(be, st[i].type, st[i].name));
	be_close(&m, ";");
	be_line(&m, "P4E_MAP(p4e_scratch, BPF_MAP_TYPE_PERCPU_ARRAY, __u32, struct p4e_scratch, 1, 0);");
	be_blank(&m);
	be_line(e, "__u32 p4e_zero = 0, p4e_i;");
	be_line(e, "struct p4e_scratch *p4e_s = bpf_map_lookup_elem(&p4e_scratch, &p4e_zero);");
	be_blank(e);
	be_line(e, "if (!p4e_s)");
	be_line(e, "\treturn %s;", fail);
	be_comment(e, "Every packet starts with invalid headers and zeroed metadata.");
	be_line(e, "for (p4e_i = 0; p4e_i < sizeof(*p4e_s) / 8; p4e_i++)");
	be_line(e, "\t((__u64 *)p4e_s)[p4e_i] = 0;");
}

static const IrVar *param(const IrParser *p, const IrControl *c, int i)
{
	/* Skips packet_in/packet_out. */
	int k = 0;
	int n = p ? p->params.len : c->params.len;
	for (int j = 0; j < n; j++) {
		const IrVar *v = p ? p->params.items[j] : c->params.items[j];
		if (v->type->kind == IT_EXTERN)
			continue;
		if (k++ == i)
			return v;
	}
	return NULL;
}

static void entry_filter(Be *be)
{
	Emit *e = &be->e;
	bool xdp = be->hook == BE_HOOK_XDP;
	const char *drop = xdp ? "XDP_DROP" : "TC_ACT_SHOT";
	const IrVar *hv = param(be->parser, NULL, 0);
	const IrVar *acc = param(NULL, be->control, 1);
	if (!hv || !acc) {
		be_error(be, be->control->loc, "ebpfFilter: the parser and filter do not have the expected parameters");
		return;
	}
	Storage st[1] = {{.type = hv->type, .name = hv->name}};
	be_line(e, "SEC(\"%s\")", xdp ? "xdp" : "tc");
	be_line(e, "int %s(%s *p4e_ctx)", be->prog_name, xdp ? "struct xdp_md" : "struct __sk_buff");
	be_block(e);
	be_line(e, "void *p4e_data = (void *)(long)p4e_ctx->data;");
	be_line(e, "void *p4e_data_end = (void *)(long)p4e_ctx->data_end;");
	be_line(e, "struct p4e_offsets p4e_o = {0};");
	be_line(e, "__u8 %s = 0; /* bool */", acc->name);
	declare_storage(be, st, 1, drop);
	be_blank(e);
	be_line(e, "if (%s(p4e_data, p4e_data_end, &p4e_o, %s))", be->parser->name, storage_ref(be, &st[0]));
	be_line(e, "\treturn %s; /* the parser rejected the packet */", drop);
	be_line(e, "%s(p4e_data, p4e_data_end, &p4e_o, %s, &%s);", be->control->name, storage_ref(be, &st[0]),
		acc->name);
	be_line(e, "return P4E_%s_VERDICT(%s);", xdp ? "XDP" : "TC", acc->name);
	be_close(e, NULL);
}

static void entry_xdp(Be *be)
{
	Emit *e = &be->e;
	const IrVar *hv = param(be->parser, NULL, 0);
	const IrVar *in = param(NULL, be->control, 1), *out = param(NULL, be->control, 2);
	if (!hv || !in || !out) {
		be_error(be, be->control->loc, "xdp: the parser and switch do not have the expected parameters");
		return;
	}
	Storage st[3] = {
		{.type = hv->type, .name = hv->name},
		{.type = in->type, .name = in->name},
		{.type = out->type, .name = out->name},
	};
	be_line(e, "SEC(\"xdp\")");
	be_line(e, "int %s(struct xdp_md *p4e_ctx)", be->prog_name);
	be_block(e);
	be_line(e, "void *p4e_data = (void *)(long)p4e_ctx->data;");
	be_line(e, "void *p4e_data_end = (void *)(long)p4e_ctx->data_end;");
	be_line(e, "struct p4e_offsets p4e_o = {0};");
	declare_storage(be, st, 3, "XDP_ABORTED");
	const char *h = storage_ref(be, &st[0]), *xi = storage_ref(be, &st[1]), *xo = storage_ref(be, &st[2]);
	const char *xo_v = be->uses_scratch ? "p4e_s->" : "";
	be_blank(e);
	be_line(e, "%s%s.input_port = p4e_ctx->ingress_ifindex;", xo_v, in->name);
	be_line(e, "if (%s(p4e_data, p4e_data_end, &p4e_o, %s))", be->parser->name, h);
	be_line(e, "\treturn XDP_DROP; /* the parser rejected the packet */");
	be_line(e, "%s(p4e_data, p4e_data_end, &p4e_o, %s, %s, %s);", be->control->name, h, xi, xo);
	if (be->deparser) {
		be_line(e, "if (%s(p4e_ctx, p4e_data, p4e_data_end, &p4e_o, %s))", be->deparser->name, h);
		be_line(e, "\treturn XDP_ABORTED;");
	}
	be_line(e, "if (%s%s.output_action == XDP_REDIRECT)", xo_v, out->name);
	be_line(e, "\treturn (int)p4e_redirect(%s%s.output_port);", xo_v, out->name);
	be_line(e, "return (int)%s%s.output_action;", xo_v, out->name);
	be_close(e, NULL);
}

void be_emit_entry(Be *be)
{
	be->e = (Emit){.out = &be->entry};
	be_comment(&be->e, "The program: %s on %s.", be->p->package ? be->p->package : "?",
		   be->hook == BE_HOOK_XDP ? "XDP" : "TC");
	if (be->p->arch == ARCH_XDP)
		entry_xdp(be);
	else
		entry_filter(be);
	be_blank(&be->e);
	be_line(&be->e, "char _license[] SEC(\"license\") = \"GPL\";");
}
