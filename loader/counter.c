/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* counter.c: nfctl counter: a loaded NF's CounterArrays by P4 name, summed
 * over CPUs (runtime/ABI.md, 1.3). */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "nfctl.h"

static int do_help(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fprintf(stderr, "Usage: nfctl counter show PIN_DIR\n"
			"       nfctl counter get PIN_DIR COUNTER INDEX\n"
			"       nfctl counter dump PIN_DIR COUNTER\n"
			"       nfctl counter clear PIN_DIR COUNTER [INDEX]\n"
			"       nfctl counter help\n"
			"\n"
			"       COUNTER := P4 name (control.counter), its alias or a unique suffix\n"
			"       dump lists the non-zero cells of a dense counter and every index a\n"
			"       sparse one has seen; values are summed over all CPUs.\n");
	return 0;
}

struct cctx {
	struct ld_nf nf;
	const struct p4e_counter *c;
	int fd;
};

static int open_counter(struct cctx *x, int argc, char **argv, int min, int max, const char *usage)
{
	memset(x, 0, sizeof(*x));
	x->fd = -1;
	if (argc < min || argc > max) {
		ld_err("usage: nfctl counter %s", usage);
		return -EINVAL;
	}
	if (ld_nf_open(argv[0], &x->nf))
		return -ENOENT;
	x->c = ld_find_counter(x->nf.desc, argv[1]);
	if (!x->c)
		return -ENOENT;
	x->fd = ld_nf_map_fd(&x->nf, x->c->map);
	return x->fd < 0 ? x->fd : 0;
}

static int close_counter(struct cctx *x, int err)
{
	if (x->fd >= 0)
		close(x->fd);
	if (x->nf.desc)
		ld_nf_close(&x->nf);
	return err ? 1 : 0;
}

static int parse_index(const struct p4e_counter *c, const char *s, uint32_t *index)
{
	if (ld_parse_u32(s, index) || (!c->hash && *index >= c->size)) {
		ld_err("counter '%s': index '%s' is not a number below %u", c->name, s, c->size);
		return -EINVAL;
	}
	return 0;
}

static int do_get(int argc, char **argv)
{
	struct cctx x;
	uint32_t index;
	uint64_t v = 0;
	int err = open_counter(&x, argc, argv, 3, 3, "get PIN_DIR COUNTER INDEX");

	if (!err)
		err = parse_index(x.c, argv[2], &index);
	if (!err) {
		err = p4e_counter_read(x.c, x.fd, index, &v);
		if (err == -ENOENT && x.c->hash)
			err = 0; /* a sparse index never seen counts 0 */
	}
	if (!err && ld_json) {
		json_object *o = json_object_new_object();

		ld_json_str(o, "counter", x.c->name);
		ld_json_int(o, "index", index);
		json_object_object_add(o, "value", json_object_new_uint64(v));
		ld_json_print(o);
	} else if (!err) {
		printf("%s[%u] = %" PRIu64 "\n", x.c->name, index, v);
	}
	return close_counter(&x, err);
}

struct dump_ctx {
	const struct p4e_counter *c;
	json_object *list;
};

static int dump_one(uint32_t index, uint64_t value, void *ctx)
{
	struct dump_ctx *d = ctx;

	if (d->list) {
		json_object *o = json_object_new_object();

		ld_json_int(o, "index", index);
		json_object_object_add(o, "value", json_object_new_uint64(value));
		json_object_array_add(d->list, o);
	} else {
		printf("  [%u] %" PRIu64 "\n", index, value);
	}
	return 0;
}

static int do_dump(int argc, char **argv)
{
	struct cctx x;
	struct dump_ctx d = { 0 };
	json_object *o = NULL;
	int err = open_counter(&x, argc, argv, 2, 2, "dump PIN_DIR COUNTER");

	if (err)
		return close_counter(&x, err);
	d.c = x.c;
	if (ld_json) {
		o = json_object_new_object();
		d.list = json_object_new_array();
		ld_json_str(o, "counter", x.c->name);
		json_object_object_add(o, "values", d.list);
	} else {
		printf("counter %s (%s, %u cells)\n", x.c->name, x.c->hash ? "sparse" : "dense",
		       x.c->size);
	}
	err = p4e_counter_foreach(x.c, x.fd, dump_one, &d);
	if (o && !err)
		ld_json_print(o);
	else
		json_object_put(o);
	return close_counter(&x, err);
}

static int do_clear(int argc, char **argv)
{
	struct cctx x;
	uint32_t index = 0;
	int err = open_counter(&x, argc, argv, 2, 3, "clear PIN_DIR COUNTER [INDEX]");

	if (!err && argc == 3)
		err = parse_index(x.c, argv[2], &index);
	if (!err)
		err = p4e_counter_clear(x.c, x.fd, index, argc == 2);
	return close_counter(&x, err);
}

static int do_show(int argc, char **argv)
{
	struct ld_nf nf;
	json_object *list = NULL;
	unsigned i;

	if (argc != 1) {
		ld_err("usage: nfctl counter show PIN_DIR");
		return 1;
	}
	if (ld_nf_open(argv[0], &nf))
		return 1;
	if (ld_json)
		list = json_object_new_array();
	for (i = 0; i < nf.desc->n_counters; i++) {
		const struct p4e_counter *c = &nf.desc->counters[i];

		if (list) {
			json_object *o = json_object_new_object();

			ld_json_str(o, "name", c->name);
			ld_json_str(o, "map", c->map);
			ld_json_str(o, "type", c->hash ? "hash" : "array");
			ld_json_int(o, "size", c->size);
			json_object_array_add(list, o);
		} else {
			printf("%s: %s, %u cells, map %s\n", c->name, c->hash ? "sparse" : "dense",
			       c->size, c->map);
		}
	}
	if (list)
		ld_json_print(list);
	ld_nf_close(&nf);
	return 0;
}

int ld_do_counter(int argc, char **argv)
{
	static const struct ld_cmd cmds[] = {
		{ "show", do_show },
		{ "list", do_show },
		{ "get", do_get },
		{ "dump", do_dump },
		{ "clear", do_clear },
		{ "help", do_help },
		{ NULL, NULL },
	};

	return ld_dispatch("counter ", cmds, "help", argc, argv);
}
