/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* test.c: nfctl test OBJ.o FILE.stf...: STF packet tests through the real
 * kernel. For every file the object is loaded afresh through the verifier;
 * table commands go through libp4ebpf into its maps, every packet through
 * BPF_PROG_TEST_RUN, and the verdict becomes an output port as ABI.md 4 says.
 *
 * A file is checked completely (syntax, then every name and value against
 * the description) before the first packet is sent, so a typo costs no
 * kernel time and points at its line. Expectations are matched at the end,
 * per port and in order: every expected packet must arrive and nothing
 * unexpected may. */
#include <errno.h>
#include <inttypes.h>
#include <sched.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/pkt_cls.h>

#include "nfctl.h"

static int do_help(void)
{
	fprintf(stderr,
		"Usage: nfctl test [--p4c-compat] [--desc FILE] [-v] OBJ FILE.stf...\n"
		"\n"
		"       Loads OBJ (described by NAME.json beside it, or --desc FILE) for each STF\n"
		"       file, runs its commands and packets through BPF_PROG_TEST_RUN and checks\n"
		"       the expectations. Exit status 0 when every expectation holds.\n"
		"\n"
		"       --p4c-compat  read lpm values as p4c's eBPF STF tests write them:\n"
		"                     0x010a/16 is 10.1.0.0/16 (little-endian network bytes)\n"
		"                     and leave out action arguments that are zero\n"
		"       -v            print every packet's verdict\n"
		"\n"
		"       STF: add TABLE [PRIORITY] FIELD:MATCH... ACTION(PARAM:VALUE,...) [= ID]\n"
		"            add VALUE_SET VALUE[&&&MASK][,...]\n"
		"            setdefault TABLE ACTION(...)\n"
		"            remove all | TABLE all | ID | TABLE MATCH... | VALUE_SET VALUE[&&&MASK]\n"
		"            packet PORT HEX   expect PORT [HEX with * nibbles][$]   no_packet\n"
		"            check_counter NAME(INDEX) [packets|bytes] [OP N]   wait\n");
	return 0;
}

/* A packet that came out of the program. */
struct output {
	uint32_t port;
	uint8_t *data;
	size_t len;
	int line; /* of its packet command */
};

/* An `add ... = ID`, for `remove ID`. */
struct named_entry {
	char *id;
	const struct p4e_table *t;
	struct p4e_entry *e;
};

struct run {
	const char *stf_path;
	const char *obj_path;
	const struct ld_stf *stf;
	struct p4e_desc *d;
	struct bpf_object *obj;
	int prog_fd;
	int out_fd;
	int cpu, ncpus;
	struct p4e_table_fds *fds; /* one per table */
	int *vs_fds;               /* one per value set */
	unsigned flags;
	bool verbose;
	struct output *outs;
	unsigned n_outs;
	int last_packet_outs; /* outputs of the latest packet, -1 before any */
	struct named_entry *named;
	unsigned n_named;
	unsigned packets, checks, failures;
	char ctx[512];
};

static void at_line(struct run *r, int line)
{
	snprintf(r->ctx, sizeof(r->ctx), "%s:%d: ", r->stf_path, line);
	ld_set_context(r->ctx);
}

static void fail(struct run *r, int line, const char *fmt, ...) LD_PRINTF(3, 4);

/* A failed expectation: counted, and the file goes on. */
static void fail(struct run *r, int line, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s:%d: error: ", r->stf_path, line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	r->failures++;
}

/* ---------------------------------------------------------- table commands */

static const struct p4e_table *stf_table(struct run *r, const char *name)
{
	const struct p4e_table *t = p4e_desc_table(r->d, name);

	if (!t)
		ld_err("NF '%s': %s table '%s'", r->d->name,
		       errno == ENOTUNIQ ? "ambiguous" : "no", name);
	return t;
}

/* The entry of an add, setdefault or remove, encoded (not yet applied). */
static int stf_entry(struct run *r, const struct ld_stf_cmd *c, struct p4e_entry *e)
{
	unsigned what = 0, i;
	int err = 0;

	if (c->kind != STF_SETDEFAULT) {
		for (i = 0; !err && i < c->n_keys; i++)
			err = p4e_entry_key(e, c->keys[i].name, c->keys[i].value, r->flags);
		what |= P4E_FINISH_KEY;
		/* p4c writes a priority (often 0) for every table; only ternary ones use it. */
		if (c->has_priority)
			p4e_entry_priority(e, c->priority);
		if (c->kind == STF_ADD)
			what |= P4E_FINISH_PRIORITY;
	}
	if (c->kind != STF_REMOVE) {
		if (!err)
			err = p4e_entry_action(e, c->action);
		for (i = 0; !err && i < c->n_args; i++)
			err = p4e_entry_arg(e, c->args[i].name, c->args[i].value);
		/* p4c's eBPF STF tests leave out arguments they mean as zero. */
		if (!err && (r->flags & P4E_F_P4C_LPM) && e->action)
			for (i = 0; !err && i < e->action->n_params; i++)
				if (!e->arg_given[i])
					err = p4e_entry_arg(e, e->action->params[i].name, "0");
		what |= P4E_FINISH_VALUE;
	}
	return err ? err : p4e_entry_finish(e, what);
}

static struct named_entry *find_named(struct run *r, const char *id)
{
	unsigned i;

	for (i = 0; i < r->n_named; i++)
		if (strcmp(r->named[i].id, id) == 0)
			return &r->named[i];
	return NULL;
}

static int remember(struct run *r, const char *id, const struct p4e_table *t,
		    const struct p4e_entry *e)
{
	struct named_entry *n = find_named(r, id), *nn;

	if (!n) {
		nn = realloc(r->named, (r->n_named + 1) * sizeof(*nn));
		if (!nn)
			return -ENOMEM;
		r->named = nn;
		n = &nn[r->n_named++];
		n->id = strdup(id);
		n->t = NULL;
		n->e = NULL;
	}
	p4e_entry_free(n->e);
	n->t = t;
	n->e = p4e_entry_new(t);
	if (!n->id || !n->e)
		return -ENOMEM;
	memcpy(n->e->key, e->key, t->key_size);
	memcpy(n->e->mask, e->mask, t->key_size);
	memcpy(n->e->value, e->value, t->value_size);
	return 0;
}

static int table_index(struct run *r, const struct p4e_table *t)
{
	return (int)(t - r->d->tables);
}

static int clear_table(struct run *r, const struct p4e_table *t)
{
	if (t->entries_const) {
		ld_err("table '%s' has const entries", t->name);
		return -EPERM;
	}
	return p4e_table_clear(t, &r->fds[table_index(r, t)]);
}

/* add, remove VALUE_SET VALUE[&&&MASK] and remove VALUE_SET all. */
static int value_set_cmd(struct run *r, const struct ld_stf_cmd *c,
			 const struct p4e_value_set *vs, bool dry)
{
	uint8_t value[4096], mask[4096];
	int fd, err;

	if (c->kind == STF_SETDEFAULT || (!c->vs_value && !(c->kind == STF_REMOVE && c->all))) {
		ld_err("value_set '%s': expected 'add %s VALUE[&&&MASK]' or 'remove %s VALUE[&&&MASK]'",
		       vs->name, c->table, c->table);
		return -EINVAL;
	}
	if (c->vs_value && vs->key_size > sizeof(value)) {
		ld_err("value_set '%s': a key of %u bytes is too large", vs->name, vs->key_size);
		return -EINVAL;
	}
	err = c->vs_value ? p4e_value_set_encode(vs, c->vs_value, value, mask) : 0;
	if (err || dry)
		return err;
	fd = r->vs_fds[vs - r->d->value_sets];
	if (c->kind == STF_REMOVE && c->all)
		return p4e_value_set_clear(vs, fd);
	if (c->kind == STF_ADD)
		return p4e_value_set_add(vs, fd, value, mask);
	err = p4e_value_set_delete(vs, fd, value, mask);
	if (err == -ENOENT)
		ld_err("value_set '%s' does not hold '%s'", vs->name, c->vs_value);
	return err;
}

/* Runs (or, with dry, only checks) a table command. */
static int table_cmd(struct run *r, const struct ld_stf_cmd *c, bool dry)
{
	const struct p4e_table *t = NULL;
	struct p4e_entry *e = NULL;
	struct named_entry *n;
	unsigned i;
	int err = 0;

	if (c->kind == STF_REMOVE && c->all && !c->table) {
		for (i = 0; !dry && !err && i < r->d->n_tables; i++)
			if (!r->d->tables[i].entries_const)
				err = p4e_table_clear(&r->d->tables[i], &r->fds[i]);
		for (i = 0; !dry && !err && i < r->d->n_value_sets; i++)
			err = p4e_value_set_clear(&r->d->value_sets[i], r->vs_fds[i]);
		return err;
	}
	/* A value set's name: the description tells it from a table's. */
	if (c->table && !p4e_desc_table(r->d, c->table)) {
		const struct p4e_value_set *vs = p4e_desc_value_set(r->d, c->table);

		if (vs)
			return value_set_cmd(r, c, vs, dry);
	}
	if (c->vs_value) {
		if (p4e_desc_table(r->d, c->table))
			ld_err("table '%s': expected FIELD:MATCH... ACTION(ARGS), not '%s'", c->table,
			       c->vs_value);
		else
			ld_err("NF '%s': no table or value_set '%s'", r->d->name, c->table);
		return -EINVAL;
	}
	if (c->kind == STF_REMOVE && c->entry_id) {
		n = find_named(r, c->entry_id);
		if (!n) {
			ld_err("no entry named '%s' (add ... = NAME names one; 'remove TABLE all' "
			       "empties a table)",
			       c->entry_id);
			return -ENOENT;
		}
		return dry ? 0 : p4e_table_remove(n->t, &r->fds[table_index(r, n->t)], n->e);
	}
	t = stf_table(r, c->table);
	if (!t)
		return -ENOENT;
	if (c->kind == STF_REMOVE && c->all)
		return dry ? 0 : clear_table(r, t);
	if (c->kind != STF_SETDEFAULT && t->entries_const) {
		ld_err("table '%s' has const entries", t->name);
		return -EPERM;
	}
	if (c->kind == STF_SETDEFAULT && t->default_const) {
		ld_err("table '%s': the default action is const", t->name);
		return -EPERM;
	}
	e = p4e_entry_new(t);
	if (!e)
		return -ENOMEM;
	err = stf_entry(r, c, e);
	if (!err && c->kind == STF_ADD && c->entry_id)
		err = remember(r, c->entry_id, t, e);
	if (!err && !dry) {
		struct p4e_table_fds *fds = &r->fds[table_index(r, t)];

		if (c->kind == STF_ADD)
			err = p4e_table_insert(t, fds, e, P4E_INSERT_ANY);
		else if (c->kind == STF_SETDEFAULT)
			err = p4e_table_set_default(t, fds, e);
		else
			err = p4e_table_remove(t, fds, e);
	}
	p4e_entry_free(e);
	return err;
}

/* ------------------------------------------------------------- packets */

static const char *verdict_name(const struct p4e_desc *d, uint32_t ret)
{
	static const char *const xdp[] = { "XDP_ABORTED", "XDP_DROP", "XDP_PASS", "XDP_TX",
					   "XDP_REDIRECT" };
	static char buf[32];

	if (d->hook == P4E_HOOK_XDP && ret < 5)
		return xdp[ret];
	switch ((int)ret) {
	case TC_ACT_UNSPEC: return "TC_ACT_UNSPEC";
	case TC_ACT_OK: return "TC_ACT_OK";
	case TC_ACT_RECLASSIFY: return "TC_ACT_RECLASSIFY";
	case TC_ACT_SHOT: return "TC_ACT_SHOT";
	case TC_ACT_PIPE: return "TC_ACT_PIPE";
	case TC_ACT_STOLEN: return "TC_ACT_STOLEN";
	case TC_ACT_QUEUED: return "TC_ACT_QUEUED";
	case TC_ACT_REPEAT: return "TC_ACT_REPEAT";
	case TC_ACT_REDIRECT: return "TC_ACT_REDIRECT";
	case TC_ACT_TRAP: return "TC_ACT_TRAP";
	}
	snprintf(buf, sizeof(buf), "verdict %d", (int)ret);
	return buf;
}

/* Sets this CPU's p4e_out.port to ~0, so that a redirect that did not
 * record its port shows. */
static int reset_out(struct run *r)
{
	uint8_t *buf;
	uint32_t zero = 0;
	int i, err = 0;

	if (r->out_fd < 0)
		return 0;
	buf = calloc((size_t)r->ncpus, 8);
	if (!buf)
		return -ENOMEM;
	for (i = 0; i < r->ncpus; i++)
		memset(buf + i * 8, 0xff, 4);
	if (bpf_map_update_elem(r->out_fd, &zero, buf, BPF_ANY))
		err = -errno;
	free(buf);
	return err;
}

static int read_out(struct run *r, uint32_t *port)
{
	uint8_t *buf = calloc((size_t)r->ncpus, 8);
	uint32_t zero = 0;
	int err = 0;

	if (!buf)
		return -ENOMEM;
	if (bpf_map_lookup_elem(r->out_fd, &zero, buf))
		err = -errno;
	else
		memcpy(port, buf + r->cpu * 8, 4);
	free(buf);
	return err;
}

/* Where a verdict sends the packet: 1 and *port, or 0 for nowhere. */
static int verdict_port(struct run *r, const struct ld_stf_cmd *c, uint32_t ret, uint32_t *port)
{
	bool redirect;

	if (r->d->hook == P4E_HOOK_XDP) {
		if (ret == XDP_PASS || ret == XDP_TX) {
			*port = c->port;
			return 1;
		}
		redirect = ret == XDP_REDIRECT;
	} else {
		switch ((int)ret) {
		case TC_ACT_OK:
		case TC_ACT_UNSPEC:
		case TC_ACT_PIPE:
		case TC_ACT_RECLASSIFY:
			*port = c->port;
			return 1;
		}
		redirect = (int)ret == TC_ACT_REDIRECT;
	}
	if (!redirect)
		return 0;
	if (r->out_fd < 0) {
		fail(r, c->line, "the program returned %s but has no p4e_out map to say where to",
		     verdict_name(r->d, ret));
		return -EINVAL;
	}
	if (read_out(r, port) || *port == UINT32_MAX) {
		fail(r, c->line, "the program returned %s without recording its port in p4e_out",
		     verdict_name(r->d, ret));
		return -EINVAL;
	}
	return 1;
}

static int send_packet(struct run *r, const struct ld_stf_cmd *c)
{
	LIBBPF_OPTS(bpf_test_run_opts, opts);
	struct xdp_md xctx;
	struct __sk_buff sctx;
	size_t cap = c->len + 4096;
	uint8_t *out = malloc(cap);
	uint32_t port = 0;
	int err, n;

	if (!out)
		return -ENOMEM;
	r->packets++;
	r->last_packet_outs = 0;
	if (c->len < ETH_HLEN) {
		fail(r, c->line,
		     "packet of %zu bytes: the kernel's test run takes nothing shorter than an "
		     "Ethernet header (%d bytes)",
		     c->len, ETH_HLEN);
		free(out);
		return 0;
	}
	opts.data_in = c->data;
	opts.data_size_in = (uint32_t)c->len;
	opts.data_out = out;
	opts.data_size_out = (uint32_t)cap;
	opts.repeat = 1;
	if (r->d->hook == P4E_HOOK_XDP) {
		/* Port 0: no context, the loopback device (ABI.md 4). */
		if (c->port) {
			memset(&xctx, 0, sizeof(xctx));
			xctx.data_end = (uint32_t)c->len;
			xctx.ingress_ifindex = c->port;
			opts.ctx_in = &xctx;
			opts.ctx_size_in = sizeof(xctx);
		}
	} else {
		memset(&sctx, 0, sizeof(sctx));
		sctx.ingress_ifindex = c->port;
		opts.ctx_in = &sctx;
		opts.ctx_size_in = sizeof(sctx);
	}
	err = reset_out(r);
	if (!err && bpf_prog_test_run_opts(r->prog_fd, &opts))
		err = -errno;
	if (err) {
		fail(r, c->line, "BPF_PROG_TEST_RUN failed: %s", strerror(-err));
		free(out);
		return 0;
	}
	n = verdict_port(r, c, opts.retval, &port);
	if (r->verbose)
		printf("%s:%d: %u bytes in on port %u: %s%s", r->stf_path, c->line, (unsigned)c->len,
		       c->port, verdict_name(r->d, opts.retval), n > 0 ? "" : "\n");
	if (n > 0 && r->verbose)
		printf(", %u bytes out on port %u\n", opts.data_size_out, port);
	if (n <= 0) {
		free(out);
		return 0;
	}
	{
		struct output *no = realloc(r->outs, (r->n_outs + 1) * sizeof(*no));

		if (!no) {
			free(out);
			return -ENOMEM;
		}
		r->outs = no;
		no[r->n_outs].port = port;
		no[r->n_outs].data = out;
		no[r->n_outs].len = opts.data_size_out;
		no[r->n_outs].line = c->line;
		r->n_outs++;
		r->last_packet_outs = 1;
	}
	return 0;
}

/* ----------------------------------------------------------- expectations */

static bool matches(const struct ld_stf_cmd *x, const struct output *o)
{
	size_t i;

	if (x->any_data)
		return true;
	if (o->len < x->len || (x->exact_len && o->len != x->len))
		return false;
	for (i = 0; i < x->len; i++)
		if ((o->data[i] ^ x->data[i]) & x->care[i])
			return false;
	return true;
}

/* Prints expected and received side by side, nibble by nibble, with '^'
 * under every nibble that differs (or is missing, or is extra when the
 * length must be exact). */
static void show_diff(const struct ld_stf_cmd *x, const struct output *o)
{
	size_t n = x->len > o->len ? x->len : o->len, i;
	size_t width = n * 2 + n / 4 + 1;
	char *ex = calloc(1, width), *re = calloc(1, width), *mk = calloc(1, width);
	size_t pos = 0;
	const char *hex = "0123456789abcdef";

	if (!ex || !re || !mk)
		goto out;
	for (i = 0; i < n; i++) {
		int h;

		if (i && i % 4 == 0) {
			ex[pos] = re[pos] = mk[pos] = ' ';
			pos++;
		}
		for (h = 0; h < 2; h++, pos++) {
			unsigned shift = h ? 0 : 4;
			bool have_x = i < x->len, have_o = i < o->len;
			bool care = have_x && ((x->care[i] >> shift) & 0xf);
			unsigned xv = have_x ? (x->data[i] >> shift) & 0xf : 0;
			unsigned ov = have_o ? (o->data[i] >> shift) & 0xf : 0;

			ex[pos] = !have_x ? ' ' : care ? hex[xv] : '*';
			re[pos] = have_o ? hex[ov] : '-';
			mk[pos] = (have_x && !have_o) || (care && have_o && xv != ov) ||
						  (!have_x && have_o && x->exact_len)
					  ? '^'
					  : ' ';
		}
	}
	while (pos > 0 && mk[pos - 1] == ' ')
		mk[--pos] = '\0';
	fprintf(stderr, "    expected %s%s\n    received %s\n             %s\n", ex,
		x->exact_len ? "$" : "", re, mk);
out:
	free(ex);
	free(re);
	free(mk);
}

static void check_port(struct run *r, uint32_t port)
{
	const struct ld_stf *stf = r->stf;
	unsigned xi = 0, oi = 0;

	for (;;) {
		const struct ld_stf_cmd *x = NULL;
		const struct output *o = NULL;

		while (xi < stf->n && !(stf->cmds[xi].kind == STF_EXPECT && stf->cmds[xi].port == port))
			xi++;
		while (oi < r->n_outs && r->outs[oi].port != port)
			oi++;
		if (xi < stf->n)
			x = &stf->cmds[xi++];
		if (oi < r->n_outs)
			o = &r->outs[oi++];
		if (!x && !o)
			return;
		if (x)
			r->checks++;
		if (!o) {
			fail(r, x->line, "port %u: the expected packet never came out", port);
			continue;
		}
		if (!x) {
			r->checks++;
			fail(r, o->line, "port %u: the packet sent here came out (%zu bytes) but no "
					 "expect line wants it",
			     port, o->len);
			continue;
		}
		if (!matches(x, o)) {
			fail(r, x->line,
			     "port %u: the packet from line %d does not match%s:", port, o->line,
			     o->len < x->len ? " (too short)"
			     : x->exact_len && o->len != x->len ? " (length differs)"
								: "");
			show_diff(x, o);
		}
	}
}

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return x < y ? -1 : x > y;
}

static void check_all(struct run *r)
{
	uint32_t *ports = calloc(r->stf->n + r->n_outs + 1, sizeof(*ports));
	unsigned n = 0, i;

	if (!ports)
		return;
	for (i = 0; i < r->stf->n; i++)
		if (r->stf->cmds[i].kind == STF_EXPECT)
			ports[n++] = r->stf->cmds[i].port;
	for (i = 0; i < r->n_outs; i++)
		ports[n++] = r->outs[i].port;
	qsort(ports, n, sizeof(*ports), cmp_u32);
	for (i = 0; i < n; i++)
		if (i == 0 || ports[i] != ports[i - 1])
			check_port(r, ports[i]);
	free(ports);
}

static void check_counter(struct run *r, const struct ld_stf_cmd *c)
{
	const struct p4e_counter *k = p4e_desc_counter(r->d, c->counter);
	uint64_t v = 0;
	bool ok;
	int fd, err;

	r->checks++;
	fd = bpf_object__find_map_fd_by_name(r->obj, k->map);
	err = p4e_counter_read(k, fd, c->index, &v);
	if (err && !(err == -ENOENT && k->hash)) {
		fail(r, c->line, "counter '%s': cannot read index %u", k->name, c->index);
		return;
	}
	switch (c->cmp) {
	case STF_EQ: ok = v == c->count; break;
	case STF_NE: ok = v != c->count; break;
	case STF_LT: ok = v < c->count; break;
	case STF_LE: ok = v <= c->count; break;
	case STF_GT: ok = v > c->count; break;
	default: ok = v >= c->count; break;
	}
	if (!ok) {
		static const char *const ops[] = { "==", "!=", "<", "<=", ">", ">=" };

		fail(r, c->line, "counter '%s'[%u] is %" PRIu64 ", expected %s %" PRIu64, k->name,
		     c->index, v, ops[c->cmp], c->count);
	}
}

/* ---------------------------------------------------------------- a file */

/* Every name and value, before the kernel sees anything. */
static int check_file(struct run *r)
{
	const struct ld_stf *stf = r->stf;
	unsigned i, errors = 0;

	for (i = 0; i < stf->n; i++) {
		const struct ld_stf_cmd *c = &stf->cmds[i];
		int err = 0;

		at_line(r, c->line);
		switch (c->kind) {
		case STF_ADD:
		case STF_SETDEFAULT:
		case STF_REMOVE:
			err = table_cmd(r, c, true);
			break;
		case STF_CHECK_COUNTER: {
			const struct p4e_counter *k = p4e_desc_counter(r->d, c->counter);

			if (!k) {
				ld_err("NF '%s': %s counter '%s'", r->d->name,
				       errno == ENOTUNIQ ? "ambiguous" : "no", c->counter);
				err = -ENOENT;
			} else if (!k->hash && c->index >= k->size) {
				ld_err("counter '%s' has %u cells; %u is not one of them", k->name,
				       k->size, c->index);
				err = -EINVAL;
			}
			break;
		}
		case STF_NO_PACKET: {
			unsigned j;

			for (j = 0; j < i && stf->cmds[j].kind != STF_PACKET; j++)
				;
			if (j == i) {
				ld_err("no_packet: there is no packet before it");
				err = -EINVAL;
			}
			break;
		}
		default:
			break;
		}
		if (err)
			errors++;
	}
	ld_set_context(NULL);
	/* Names given with add = ID are for this pass only; the run makes its own. */
	for (i = 0; i < r->n_named; i++) {
		free(r->named[i].id);
		p4e_entry_free(r->named[i].e);
	}
	free(r->named);
	r->named = NULL;
	r->n_named = 0;
	return errors ? -EINVAL : 0;
}

/* XDP input ports need devices with those indexes (ABI.md 4). */
static int make_ports(struct run *r)
{
	uint32_t made[256];
	unsigned n = 0, i, j;
	int err;

	if (r->d->hook != P4E_HOOK_XDP)
		return 0;
	for (i = 0; i < r->stf->n; i++) {
		const struct ld_stf_cmd *c = &r->stf->cmds[i];

		if (c->kind != STF_PACKET || c->port < 2)
			continue;
		for (j = 0; j < n && made[j] != c->port; j++)
			;
		if (j < n)
			continue;
		if (n == sizeof(made) / sizeof(made[0])) {
			ld_err("%s: more than %u distinct XDP input ports", r->stf_path, n);
			return -E2BIG;
		}
		err = ld_netns_private();
		if (!err)
			err = ld_ifb_create(c->port);
		if (err)
			return err;
		made[n++] = c->port;
	}
	return 0;
}

static int load(struct run *r)
{
	unsigned i;
	int err;

	r->obj = bpf_object__open_file(r->obj_path, NULL);
	if (!r->obj) {
		ld_err("NF '%s': cannot open %s: %s", r->d->name, r->obj_path, strerror(errno));
		return -errno;
	}
	err = ld_check_maps(r->d, r->obj, r->obj_path);
	if (err)
		return err;
	err = bpf_object__load(r->obj);
	if (err) {
		ld_err("NF '%s': loading %s failed: %s", r->d->name, r->obj_path, strerror(-err));
		return err;
	}
	r->prog_fd = bpf_program__fd(bpf_object__find_program_by_name(r->obj, r->d->program));
	r->out_fd = bpf_object__find_map_fd_by_name(r->obj, "p4e_out");
	r->fds = calloc(r->d->n_tables ? r->d->n_tables : 1, sizeof(*r->fds));
	if (!r->fds)
		return -ENOMEM;
	for (i = 0; i < r->d->n_tables; i++) {
		err = ld_obj_table_fds(r->obj, &r->d->tables[i], &r->fds[i]);
		if (!err)
			err = p4e_table_init(&r->d->tables[i], &r->fds[i]);
		if (err)
			return err;
	}
	r->vs_fds = calloc(r->d->n_value_sets ? r->d->n_value_sets : 1, sizeof(*r->vs_fds));
	if (!r->vs_fds)
		return -ENOMEM;
	for (i = 0; i < r->d->n_value_sets; i++) {
		r->vs_fds[i] = bpf_object__find_map_fd_by_name(r->obj, r->d->value_sets[i].map);
		if (r->vs_fds[i] < 0) {
			ld_err("NF '%s': value_set '%s': map '%s' is not in %s", r->d->name,
			       r->d->value_sets[i].name, r->d->value_sets[i].map, r->obj_path);
			return r->vs_fds[i];
		}
	}
	return 0;
}

static void unload(struct run *r)
{
	unsigned i;

	for (i = 0; i < r->n_outs; i++)
		free(r->outs[i].data);
	free(r->outs);
	for (i = 0; i < r->n_named; i++) {
		free(r->named[i].id);
		p4e_entry_free(r->named[i].e);
	}
	free(r->named);
	free(r->fds); /* the object owns the descriptors */
	free(r->vs_fds);
	bpf_object__close(r->obj);
	r->outs = NULL;
	r->named = NULL;
	r->fds = NULL;
	r->vs_fds = NULL;
	r->obj = NULL;
	r->n_outs = r->n_named = 0;
}

static int run_file(struct run *r, const char *stf_path)
{
	struct ld_stf *stf;
	unsigned i;
	int err;

	r->stf_path = stf_path;
	r->packets = r->checks = r->failures = 0;
	r->last_packet_outs = -1;
	err = ld_stf_parse(stf_path, &stf);
	if (err)
		return err;
	r->stf = stf;
	err = check_file(r);
	if (!err)
		err = make_ports(r);
	if (!err)
		err = load(r);
	for (i = 0; !err && i < stf->n; i++) {
		const struct ld_stf_cmd *c = &stf->cmds[i];

		at_line(r, c->line);
		switch (c->kind) {
		case STF_ADD:
		case STF_SETDEFAULT:
		case STF_REMOVE:
			/* Checked already: what fails now is the kernel's doing. */
			if (table_cmd(r, c, false)) {
				ld_set_context(NULL);
				fail(r, c->line, "the table command failed");
			}
			break;
		case STF_PACKET:
			err = send_packet(r, c);
			break;
		case STF_NO_PACKET:
			r->checks++;
			if (r->last_packet_outs > 0)
				fail(r, c->line, "no_packet: the previous packet came out on port %u",
				     r->outs[r->n_outs - 1].port);
			break;
		case STF_CHECK_COUNTER:
			check_counter(r, c);
			break;
		case STF_EXPECT:
		case STF_WAIT:
			break;
		}
	}
	ld_set_context(NULL);
	if (!err)
		check_all(r);
	if (!err && !ld_json && r->failures)
		printf("FAIL %s: %u packets, %u checks, %u failed\n", stf_path, r->packets, r->checks,
		       r->failures);
	else if (!err && !ld_json)
		printf("PASS %s: %u packets, %u checks\n", stf_path, r->packets, r->checks);
	if (!err && ld_json) {
		json_object *o = json_object_new_object();

		ld_json_str(o, "file", stf_path);
		ld_json_int(o, "packets", (int)r->packets);
		ld_json_int(o, "checks", (int)r->checks);
		ld_json_int(o, "failures", (int)r->failures);
		ld_json_print(o);
	}
	unload(r);
	ld_stf_free(stf);
	r->stf = NULL;
	return err ? err : r->failures ? -EINVAL : 0;
}

/* Every packet runs on one CPU, whose p4e_out cell is then the one to read. */
static int pin_cpu(struct run *r)
{
	cpu_set_t set;

	r->ncpus = libbpf_num_possible_cpus();
	r->cpu = sched_getcpu();
	if (r->ncpus < 1 || r->cpu < 0 || r->cpu >= r->ncpus) {
		ld_err("cannot tell which CPU this runs on");
		return -EINVAL;
	}
	CPU_ZERO(&set);
	CPU_SET(r->cpu, &set);
	if (sched_setaffinity(0, sizeof(set), &set)) {
		ld_err("cannot bind to CPU %d: %s", r->cpu, strerror(errno));
		return -errno;
	}
	return 0;
}

int ld_do_test(int argc, char **argv)
{
	struct run r = { .out_fd = -1 };
	const char *desc_arg = NULL;
	char *desc_path = NULL;
	int i, rc = 0;

	while (argc > 0 && argv[0][0] == '-') {
		if (strcmp(argv[0], "--p4c-compat") == 0) {
			r.flags |= P4E_F_P4C_LPM;
		} else if (strcmp(argv[0], "-v") == 0 || strcmp(argv[0], "--verbose") == 0) {
			r.verbose = true;
		} else if (strcmp(argv[0], "--desc") == 0 && argc > 1) {
			desc_arg = argv[1];
			argc--;
			argv++;
		} else {
			ld_err("test: unknown option '%s'", argv[0]);
			do_help();
			return 1;
		}
		argc--;
		argv++;
	}
	if (argc == 1 && strcmp(argv[0], "help") == 0)
		return do_help();
	if (argc < 2) {
		do_help();
		return 1;
	}
	r.obj_path = argv[0];
	desc_path = desc_arg ? strdup(desc_arg) : ld_desc_path_for(r.obj_path);
	if (!desc_path)
		return 1;
	r.d = p4e_desc_load(desc_path);
	free(desc_path);
	if (!r.d || pin_cpu(&r)) {
		p4e_desc_free(r.d);
		return 1;
	}
	for (i = 1; i < argc; i++)
		if (run_file(&r, argv[i]))
			rc = 1;
	p4e_desc_free(r.d);
	return rc;
}
