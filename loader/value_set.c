/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* value_set.c: nfctl value_set: a loaded NF's parser value sets by P4 name
 * (runtime/ABI.md, 1.5 and 3.8): add, delete and dump values and masks. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "nfctl.h"

static int do_help(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fprintf(stderr, "Usage: nfctl value_set show PIN_DIR\n"
			"       nfctl value_set add PIN_DIR VALUE_SET VALUE[&&&MASK][,...]\n"
			"       nfctl value_set delete PIN_DIR VALUE_SET VALUE[&&&MASK][,...]\n"
			"       nfctl value_set dump PIN_DIR VALUE_SET\n"
			"       nfctl value_set help\n"
			"\n"
			"       VALUE_SET := P4 name (parser.set), its alias or a unique suffix\n"
			"       VALUE     := as for table keys (nfctl table help); a struct's fields\n"
			"                    are separated by ',' in declaration order; '*' matches\n"
			"                    anything\n");
	return 0;
}

struct vctx {
	struct ld_nf nf;
	const struct p4e_value_set *vs;
	int fd;
	json_object *list; /* dump with --json */
};

static int open_value_set(struct vctx *x, int argc, char **argv, int want, const char *usage)
{
	memset(x, 0, sizeof(*x));
	x->fd = -1;
	if (argc != want) {
		ld_err("usage: nfctl value_set %s", usage);
		return -EINVAL;
	}
	if (ld_nf_open(argv[0], &x->nf))
		return -ENOENT;
	x->vs = p4e_desc_value_set(x->nf.desc, argv[1]);
	if (!x->vs) {
		ld_err("NF '%s': %s value_set '%s'", x->nf.desc->name,
		       errno == ENOTUNIQ ? "ambiguous" : "no", argv[1]);
		return -ENOENT;
	}
	x->fd = ld_nf_map_fd(&x->nf, x->vs->map);
	return x->fd < 0 ? x->fd : 0;
}

static int close_value_set(struct vctx *x, int err)
{
	if (x->fd >= 0)
		close(x->fd);
	if (x->nf.desc)
		ld_nf_close(&x->nf);
	return err ? 1 : 0;
}

static int change(int argc, char **argv, bool add)
{
	struct vctx x;
	uint8_t value[4096], mask[4096];
	int err = open_value_set(&x, argc, argv, 3,
				 add ? "add PIN_DIR VALUE_SET VALUE[&&&MASK]"
				     : "delete PIN_DIR VALUE_SET VALUE[&&&MASK]");

	if (!err)
		err = p4e_value_set_encode(x.vs, argv[2], value, mask);
	if (!err && add)
		err = p4e_value_set_add(x.vs, x.fd, value, mask);
	else if (!err) {
		err = p4e_value_set_delete(x.vs, x.fd, value, mask);
		if (err == -ENOENT)
			ld_err("value_set '%s' does not hold '%s'", x.vs->name, argv[2]);
	}
	return close_value_set(&x, err);
}

static int do_add(int argc, char **argv)
{
	return change(argc, argv, true);
}

static int do_delete(int argc, char **argv)
{
	return change(argc, argv, false);
}

static int show_slot(uint32_t slot, const uint8_t *value, const uint8_t *mask, void *ctx)
{
	const struct vctx *x = ctx;
	char text[4096];
	int err = p4e_value_set_format(x->vs, value, mask, text, sizeof(text));

	if (err)
		return err;
	if (x->list) {
		json_object *o = json_object_new_object();

		ld_json_int(o, "slot", (int)slot);
		ld_json_str(o, "value", text);
		json_object_array_add(x->list, o);
	} else {
		printf("%s[%u] = %s\n", x->vs->name, slot, text);
	}
	return 0;
}

static int do_dump(int argc, char **argv)
{
	struct vctx x;
	int err = open_value_set(&x, argc, argv, 2, "dump PIN_DIR VALUE_SET");

	json_object *o = NULL;

	if (!err && ld_json) {
		o = json_object_new_object();
		x.list = json_object_new_array();
		ld_json_str(o, "value_set", x.vs->name);
		json_object_object_add(o, "values", x.list);
	}
	if (!err)
		err = p4e_value_set_foreach(x.vs, x.fd, show_slot, &x);
	if (o && !err)
		ld_json_print(o);
	else
		json_object_put(o);
	return close_value_set(&x, err);
}

static int do_show(int argc, char **argv)
{
	struct ld_nf nf;
	json_object *list = NULL;
	unsigned i;

	if (argc != 1) {
		ld_err("usage: nfctl value_set show PIN_DIR");
		return 1;
	}
	if (ld_nf_open(argv[0], &nf))
		return 1;
	if (ld_json)
		list = json_object_new_array();
	for (i = 0; i < nf.desc->n_value_sets; i++) {
		const struct p4e_value_set *v = &nf.desc->value_sets[i];

		if (list) {
			json_object *o = json_object_new_object();

			ld_json_str(o, "name", v->name);
			ld_json_str(o, "map", v->map);
			ld_json_int(o, "size", (int)v->size);
			json_object_array_add(list, o);
		} else {
			printf("%s: %u values of %u field%s, map %s\n", v->name, v->size, v->n_key,
			       v->n_key == 1 ? "" : "s", v->map);
		}
	}
	if (list)
		ld_json_print(list);
	ld_nf_close(&nf);
	return 0;
}

int ld_do_value_set(int argc, char **argv)
{
	static const struct ld_cmd cmds[] = {
		{ "show", do_show },
		{ "list", do_show },
		{ "add", do_add },
		{ "delete", do_delete },
		{ "dump", do_dump },
		{ "help", do_help },
		{ NULL, NULL },
	};

	return ld_dispatch("value_set ", cmds, "help", argc, argv);
}
