/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* table.c: nfctl table: a loaded NF's match-action tables by P4 name.
 *
 * Each command opens the NF's pins, encodes its words with libp4ebpf and
 * does one table operation; dump and get print entries in the same words
 * that add takes, so their output can be fed back. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nfctl.h"

static int do_help(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fprintf(stderr,
		"Usage: nfctl table show PIN_DIR\n"
		"       nfctl table add PIN_DIR TABLE [priority N] MATCH... action ACTION [ARG...]\n"
		"       nfctl table delete PIN_DIR TABLE [priority N] MATCH...\n"
		"       nfctl table get PIN_DIR TABLE MATCH...\n"
		"       nfctl table lookup PIN_DIR TABLE VALUE...\n"
		"       nfctl table dump PIN_DIR TABLE\n"
		"       nfctl table default PIN_DIR TABLE [action ACTION [ARG...]]\n"
		"       nfctl table clear PIN_DIR TABLE\n"
		"       nfctl table help\n"
		"\n"
		"       TABLE  := P4 name (control.table), its alias (control_table) or a unique\n"
		"                 suffix (table)\n"
		"       MATCH  := [FIELD{:|=}]VALUE[/PREFIX | &&&MASK], positional without FIELD;\n"
		"                 FIELD is the key's P4 name, a unique suffix of it, or key.fieldN\n"
		"       VALUE  := 10 | 0x0a | 0b1010 | 10.0.0.1 | 0a:00:00:00:00:01 | fe80::1 | true\n"
		"                 '*' digits (0x0a****) and '*' alone are don't-care (ternary, lpm)\n"
		"       ACTION := P4 name or alias; ACTION(ARG, ...) also works\n"
		"       ARG    := [PARAM{:|=}]VALUE\n"
		"\n"
		"       get shows the entry stored under exactly that key; lookup shows the entry\n"
		"       a packet with those field values hits, searching as the data path does.\n");
	return 0;
}

/* The NF, the table and its maps, from PIN_DIR TABLE. */
struct tctx {
	struct ld_nf nf;
	const struct p4e_table *t;
	struct p4e_table_fds fds;
	struct p4e_entry *e;
};

static int open_table(struct tctx *c, int argc, char **argv, const char *usage)
{
	memset(c, 0, sizeof(*c));
	c->fds.entries = c->fds.defaults = c->fds.masks = -1;
	if (argc < 2) {
		ld_err("usage: nfctl table %s", usage);
		return -EINVAL;
	}
	if (ld_nf_open(argv[0], &c->nf))
		return -ENOENT;
	c->t = ld_find_table(c->nf.desc, argv[1]);
	if (!c->t || ld_nf_table_fds(&c->nf, c->t, &c->fds))
		return -ENOENT;
	c->e = p4e_entry_new(c->t);
	return c->e ? 0 : -ENOMEM;
}

static int close_table(struct tctx *c, int err)
{
	p4e_entry_free(c->e);
	ld_table_fds_close(&c->fds);
	if (c->nf.desc)
		ld_nf_close(&c->nf);
	return err ? 1 : 0;
}

static void print_entry(const struct p4e_entry *e)
{
	char buf[8192];

	ld_entry_text(e, buf, sizeof(buf), true);
	printf("%s\n", buf);
}

static int do_add(int argc, char **argv)
{
	struct tctx c;
	int err = open_table(&c, argc, argv,
			     "add PIN_DIR TABLE [priority N] MATCH... action ACTION [ARG...]");

	if (!err && c.t->entries_const) {
		ld_err("NF '%s': table '%s' has const entries", c.nf.desc->name, c.t->name);
		err = -EPERM;
	}
	if (!err)
		err = ld_entry_from_words(c.e, argc - 2, argv + 2, true, 0);
	if (!err)
		err = p4e_table_insert(c.t, &c.fds, c.e, P4E_INSERT_NOEXIST);
	return close_table(&c, err);
}

static int do_delete(int argc, char **argv)
{
	struct tctx c;
	int err = open_table(&c, argc, argv, "delete PIN_DIR TABLE [priority N] MATCH...");

	if (!err && c.t->entries_const) {
		ld_err("NF '%s': table '%s' has const entries", c.nf.desc->name, c.t->name);
		err = -EPERM;
	}
	if (!err)
		err = ld_entry_from_words(c.e, argc - 2, argv + 2, false, 0);
	if (!err)
		err = p4e_table_remove(c.t, &c.fds, c.e);
	return close_table(&c, err);
}

static int get_or_lookup(int argc, char **argv, bool lookup)
{
	struct tctx c;
	int err = open_table(&c, argc, argv,
			     lookup ? "lookup PIN_DIR TABLE VALUE..." : "get PIN_DIR TABLE MATCH...");

	if (!err)
		err = ld_entry_from_words(c.e, argc - 2, argv + 2, false, 0);
	if (!err)
		err = lookup ? p4e_table_lookup(c.t, &c.fds, c.e) : p4e_table_get(c.t, &c.fds, c.e);
	if (err == -ENOENT && lookup) {
		/* A miss runs the default action: say which. */
		err = p4e_table_get_default(c.t, &c.fds, c.e);
		if (!err && ld_json) {
			json_object *o = ld_entry_json(c.e, false);

			json_object_object_add(o, "hit", json_object_new_boolean(false));
			ld_json_print(o);
		} else if (!err) {
			char buf[4096];

			ld_entry_text(c.e, buf, sizeof(buf), false);
			printf("miss: default %s\n", buf);
		}
		return close_table(&c, err);
	}
	if (err == -ENOENT)
		ld_err("NF '%s': table '%s': no entry with this key", c.nf.desc->name, c.t->name);
	if (!err && ld_json) {
		json_object *o = ld_entry_json(c.e, true);

		if (lookup)
			json_object_object_add(o, "hit", json_object_new_boolean(true));
		ld_json_print(o);
	} else if (!err) {
		print_entry(c.e);
	}
	return close_table(&c, err);
}

static int do_get(int argc, char **argv)
{
	return get_or_lookup(argc, argv, false);
}

static int do_lookup(int argc, char **argv)
{
	return get_or_lookup(argc, argv, true);
}

/* Entries collected for dump, to print ternary ones by priority. */
struct dumped {
	uint32_t priority;
	unsigned seq;
	char *text;
	json_object *json;
};

struct dump_ctx {
	struct dumped *v;
	unsigned n;
};

static int dump_one(const struct p4e_entry *e, void *ctx)
{
	struct dump_ctx *d = ctx;
	struct dumped *nv = realloc(d->v, (d->n + 1) * sizeof(*nv));
	char buf[8192];

	if (!nv)
		return -ENOMEM;
	d->v = nv;
	ld_entry_text(e, buf, sizeof(buf), true);
	nv[d->n].priority = e->priority;
	nv[d->n].seq = d->n;
	nv[d->n].text = strdup(buf);
	nv[d->n].json = ld_json ? ld_entry_json(e, true) : NULL;
	d->n++;
	return nv[d->n - 1].text ? 0 : -ENOMEM;
}

/* Larger priority first (the one that wins), then the map's order. */
static int by_priority(const void *a, const void *b)
{
	const struct dumped *x = a, *y = b;

	if (x->priority != y->priority)
		return x->priority > y->priority ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static int do_dump(int argc, char **argv)
{
	struct tctx c;
	struct dump_ctx d = { 0 };
	json_object *o = NULL, *list = NULL;
	int err = open_table(&c, argc, argv, "dump PIN_DIR TABLE");
	unsigned i;

	if (!err && argc != 2) {
		ld_err("usage: nfctl table dump PIN_DIR TABLE");
		err = -EINVAL;
	}
	if (!err)
		err = p4e_table_foreach(c.t, &c.fds, dump_one, &d);
	if (!err)
		err = p4e_table_get_default(c.t, &c.fds, c.e);
	if (!err && c.t->kind == P4E_TABLE_TERNARY && d.n)
		qsort(d.v, d.n, sizeof(*d.v), by_priority);
	if (!err && ld_json) {
		o = json_object_new_object();
		list = json_object_new_array();
		ld_json_str(o, "table", c.t->name);
		ld_json_str(o, "kind", p4e_table_kind_str(c.t->kind));
		for (i = 0; i < d.n; i++) {
			json_object_array_add(list, d.v[i].json);
			d.v[i].json = NULL;
		}
		json_object_object_add(o, "entries", list);
		json_object_object_add(o, "default", ld_entry_json(c.e, false));
		json_object_object_add(o, "default_const", json_object_new_boolean(c.t->default_const));
		ld_json_print(o);
	} else if (!err) {
		char buf[4096];

		printf("table %s (%s, %u of %u entries)\n", c.t->name, p4e_table_kind_str(c.t->kind),
		       d.n, c.t->size);
		for (i = 0; i < d.n; i++)
			printf("  %s\n", d.v[i].text);
		ld_entry_text(c.e, buf, sizeof(buf), false);
		printf("  default %s%s\n", buf, c.t->default_const ? " (const)" : "");
	}
	for (i = 0; i < d.n; i++) {
		free(d.v[i].text);
		json_object_put(d.v[i].json);
	}
	free(d.v);
	return close_table(&c, err);
}

static int do_default(int argc, char **argv)
{
	struct tctx c;
	int err = open_table(&c, argc, argv, "default PIN_DIR TABLE [action ACTION [ARG...]]");

	if (!err && argc > 2) {
		if (strcmp(argv[2], "action") || argc < 4) {
			ld_err("usage: nfctl table default PIN_DIR TABLE [action ACTION [ARG...]]");
			err = -EINVAL;
		}
		if (!err)
			err = ld_action_from_words(c.e, argv[3], argc - 4, argv + 4);
		if (!err)
			err = p4e_entry_finish(c.e, P4E_FINISH_VALUE);
		if (!err)
			err = p4e_table_set_default(c.t, &c.fds, c.e);
		return close_table(&c, err);
	}
	if (!err)
		err = p4e_table_get_default(c.t, &c.fds, c.e);
	if (!err && ld_json) {
		json_object *o = ld_entry_json(c.e, false);

		json_object_object_add(o, "const", json_object_new_boolean(c.t->default_const));
		ld_json_print(o);
	} else if (!err) {
		char buf[4096];

		ld_entry_text(c.e, buf, sizeof(buf), false);
		printf("%s%s\n", buf, c.t->default_const ? " (const)" : "");
	}
	return close_table(&c, err);
}

static int do_clear(int argc, char **argv)
{
	struct tctx c;
	int err = open_table(&c, argc, argv, "clear PIN_DIR TABLE");

	if (!err && c.t->entries_const) {
		ld_err("NF '%s': table '%s' has const entries", c.nf.desc->name, c.t->name);
		err = -EPERM;
	}
	if (!err)
		err = p4e_table_clear(c.t, &c.fds);
	return close_table(&c, err);
}

static int do_show(int argc, char **argv)
{
	struct ld_nf nf;
	json_object *list = NULL;
	unsigned i, j;
	int rc = 0;

	if (argc != 1) {
		ld_err("usage: nfctl table show PIN_DIR");
		return 1;
	}
	if (ld_nf_open(argv[0], &nf))
		return 1;
	if (ld_json)
		list = json_object_new_array();
	for (i = 0; i < nf.desc->n_tables; i++) {
		const struct p4e_table *t = &nf.desc->tables[i];
		struct p4e_table_fds fds;
		int n = -1;

		if (ld_nf_table_fds(&nf, t, &fds) == 0) {
			n = p4e_table_count(t, &fds);
			ld_table_fds_close(&fds);
		}
		if (n < 0)
			rc = 1;
		if (list) {
			json_object *o = json_object_new_object(), *keys = json_object_new_array();

			ld_json_str(o, "name", t->name);
			ld_json_str(o, "kind", p4e_table_kind_str(t->kind));
			ld_json_int(o, "size", t->size);
			ld_json_int(o, "entries", n);
			for (j = 0; j < t->n_key; j++) {
				json_object *k = json_object_new_object();

				ld_json_str(k, "name", t->key[j].name);
				ld_json_str(k, "match", p4e_match_kind_str(t->key[j].match));
				ld_json_int(k, "width", (int)t->key[j].width);
				json_object_array_add(keys, k);
			}
			json_object_object_add(o, "key", keys);
			json_object_array_add(list, o);
			continue;
		}
		printf("%s: %s, %d of %u entries, key", t->name, p4e_table_kind_str(t->kind), n,
		       t->size);
		for (j = 0; j < t->n_key; j++)
			printf(" %s:%s<%u>", t->key[j].name, p4e_match_kind_str(t->key[j].match),
			       t->key[j].width);
		printf("%s\n\tactions", t->n_key ? "" : " (none)");
		for (j = 0; j < t->n_actions; j++)
			printf(" %s", t->actions[j].name);
		printf("\n");
	}
	if (list)
		ld_json_print(list);
	ld_nf_close(&nf);
	return rc;
}

int ld_do_table(int argc, char **argv)
{
	static const struct ld_cmd cmds[] = {
		{ "show", do_show },
		{ "list", do_show },
		{ "add", do_add },
		{ "delete", do_delete },
		{ "get", do_get },
		{ "lookup", do_lookup },
		{ "dump", do_dump },
		{ "default", do_default },
		{ "clear", do_clear },
		{ "help", do_help },
		{ NULL, NULL },
	};

	return ld_dispatch("table ", cmds, "help", argc, argv);
}
