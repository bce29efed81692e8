/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* register.c: nfctl register: a loaded NF's registers by P4 name, one cell
 * at a time (runtime/ABI.md, 1.4). */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "nfctl.h"

static int do_help(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fprintf(stderr, "Usage: nfctl register show PIN_DIR\n"
			"       nfctl register get PIN_DIR REGISTER INDEX\n"
			"       nfctl register set PIN_DIR REGISTER INDEX VALUE\n"
			"       nfctl register dump PIN_DIR REGISTER\n"
			"       nfctl register help\n"
			"\n"
			"       REGISTER := P4 name (control.register), its alias or a unique suffix\n"
			"       VALUE    := as for table keys (nfctl table help)\n");
	return 0;
}

struct rctx {
	struct ld_nf nf;
	const struct p4e_register *r;
	int fd;
};

static int open_register(struct rctx *x, int argc, char **argv, int want, const char *usage)
{
	memset(x, 0, sizeof(*x));
	x->fd = -1;
	if (argc != want) {
		ld_err("usage: nfctl register %s", usage);
		return -EINVAL;
	}
	if (ld_nf_open(argv[0], &x->nf))
		return -ENOENT;
	x->r = p4e_desc_register(x->nf.desc, argv[1]);
	if (!x->r) {
		ld_err("NF '%s': %s register '%s'", x->nf.desc->name,
		       errno == ENOTUNIQ ? "ambiguous" : "no", argv[1]);
		return -ENOENT;
	}
	x->fd = ld_nf_map_fd(&x->nf, x->r->map);
	return x->fd < 0 ? x->fd : 0;
}

static int close_register(struct rctx *x, int err)
{
	if (x->fd >= 0)
		close(x->fd);
	if (x->nf.desc)
		ld_nf_close(&x->nf);
	return err ? 1 : 0;
}

static int parse_index(const struct p4e_register *r, const char *s, uint32_t *index)
{
	if (ld_parse_u32(s, index) || *index >= r->size) {
		ld_err("register '%s': index '%s' is not a number below %u", r->name, s, r->size);
		return -EINVAL;
	}
	return 0;
}

/* Prints one cell (or adds it to a JSON array). */
static int show_cell(const struct rctx *x, uint32_t index, json_object *list)
{
	uint8_t be[P4E_MAX_FIELD_BYTES];
	char text[P4E_MAX_FIELD_BYTES * 2 + 8];
	int err = p4e_register_read(x->r, x->fd, index, be);

	if (err)
		return err;
	p4e_format_be(be, x->r->cell.width, text, sizeof(text));
	if (list) {
		json_object *o = json_object_new_object();

		ld_json_int(o, "index", index);
		ld_json_str(o, "value", text);
		json_object_array_add(list, o);
	} else {
		printf("%s[%u] = %s\n", x->r->name, index, text);
	}
	return 0;
}

static int do_get(int argc, char **argv)
{
	struct rctx x;
	json_object *list = NULL;
	uint32_t index;
	int err = open_register(&x, argc, argv, 3, "get PIN_DIR REGISTER INDEX");

	if (!err)
		err = parse_index(x.r, argv[2], &index);
	if (!err && ld_json)
		list = json_object_new_array();
	if (!err)
		err = show_cell(&x, index, list);
	if (list && !err) {
		json_object *o = json_object_get(json_object_array_get_idx(list, 0));

		ld_json_str(o, "register", x.r->name);
		ld_json_print(o);
	}
	json_object_put(list);
	return close_register(&x, err);
}

static int do_set(int argc, char **argv)
{
	struct rctx x;
	uint8_t be[P4E_MAX_FIELD_BYTES];
	char what[300];
	uint32_t index;
	int err = open_register(&x, argc, argv, 4, "set PIN_DIR REGISTER INDEX VALUE");

	if (!err)
		err = parse_index(x.r, argv[2], &index);
	if (!err) {
		snprintf(what, sizeof(what), "register '%s'", x.r->name);
		err = p4e_parse_value(argv[3], x.r->cell.width, be, NULL, what);
	}
	if (!err)
		err = p4e_register_write(x.r, x.fd, index, be);
	return close_register(&x, err);
}

static int do_dump(int argc, char **argv)
{
	struct rctx x;
	json_object *o = NULL, *list = NULL;
	uint32_t i;
	int err = open_register(&x, argc, argv, 2, "dump PIN_DIR REGISTER");

	if (!err && ld_json) {
		o = json_object_new_object();
		list = json_object_new_array();
		ld_json_str(o, "register", x.r->name);
		json_object_object_add(o, "values", list);
	}
	for (i = 0; !err && i < x.r->size; i++)
		err = show_cell(&x, i, list);
	if (o && !err)
		ld_json_print(o);
	else
		json_object_put(o);
	return close_register(&x, err);
}

static int do_show(int argc, char **argv)
{
	struct ld_nf nf;
	json_object *list = NULL;
	unsigned i;

	if (argc != 1) {
		ld_err("usage: nfctl register show PIN_DIR");
		return 1;
	}
	if (ld_nf_open(argv[0], &nf))
		return 1;
	if (ld_json)
		list = json_object_new_array();
	for (i = 0; i < nf.desc->n_registers; i++) {
		const struct p4e_register *r = &nf.desc->registers[i];

		if (list) {
			json_object *o = json_object_new_object();

			ld_json_str(o, "name", r->name);
			ld_json_str(o, "map", r->map);
			ld_json_int(o, "size", r->size);
			ld_json_int(o, "width", (int)r->cell.width);
			json_object_array_add(list, o);
		} else {
			printf("%s: %u cells of bit<%u>, map %s\n", r->name, r->size, r->cell.width,
			       r->map);
		}
	}
	if (list)
		ld_json_print(list);
	ld_nf_close(&nf);
	return 0;
}

int ld_do_register(int argc, char **argv)
{
	static const struct ld_cmd cmds[] = {
		{ "show", do_show },
		{ "list", do_show },
		{ "get", do_get },
		{ "set", do_set },
		{ "dump", do_dump },
		{ "help", do_help },
		{ NULL, NULL },
	};

	return ld_dispatch("register ", cmds, "help", argc, argv);
}
