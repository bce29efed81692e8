/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* prog.c: nfctl prog: loading an NF (object + description) into the kernel
 * and pinning it under one directory (runtime/ABI.md, 6), showing what is
 * loaded, and unloading.
 *
 * Loading is a chain of steps; any failure undoes the pins made so far, so
 * a pin directory either holds a complete NF or does not exist. */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include <linux/magic.h>

#include "nfctl.h"

static int do_help(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fprintf(stderr,
		"Usage: nfctl prog load OBJ PIN_DIR [desc FILE]\n"
		"       nfctl prog show [PIN_DIR]\n"
		"       nfctl prog unload PIN_DIR\n"
		"       nfctl prog help\n"
		"\n"
		"       OBJ is NAME.bpf.o, described by NAME.json beside it (or desc FILE).\n"
		"       PIN_DIR is a directory on bpffs; a bare NAME means %s/NAME.\n"
		"       load checks the object against the description, loads it through the\n"
		"       verifier, installs default actions and initial entries, and pins\n"
		"       PIN_DIR/prog, PIN_DIR/maps/* and PIN_DIR/desc.\n",
		LD_PIN_ROOT);
	return 0;
}

/* Removes a pin directory made by load: only the names load makes. */
static int unpin_all(const char *pin)
{
	char path[PATH_MAX];
	struct dirent *de;
	DIR *dir;
	int err = 0;

	snprintf(path, sizeof(path), "%s/maps", pin);
	dir = opendir(path);
	if (dir) {
		while ((de = readdir(dir))) {
			if (de->d_name[0] == '.' &&
			    (!de->d_name[1] || (de->d_name[1] == '.' && !de->d_name[2])))
				continue;
			snprintf(path, sizeof(path), "%s/maps/%s", pin, de->d_name);
			if (unlink(path) && !err)
				err = -errno;
		}
		closedir(dir);
		snprintf(path, sizeof(path), "%s/maps", pin);
		if (rmdir(path) && !err)
			err = -errno;
	}
	snprintf(path, sizeof(path), "%s/prog", pin);
	if (unlink(path) && errno != ENOENT && !err)
		err = -errno;
	snprintf(path, sizeof(path), "%s/desc", pin);
	if (unlink(path) && errno != ENOENT && !err)
		err = -errno;
	if (rmdir(pin) && errno != ENOENT && !err)
		err = -errno;
	return err;
}

/* PIN/desc: the description, frozen into a one-slot array. */
static int pin_desc(const struct p4e_desc *d, const char *pin)
{
	LIBBPF_OPTS(bpf_map_create_opts, opts, .map_flags = BPF_F_RDONLY_PROG);
	uint32_t size = (uint32_t)((d->text_len + 1 + 7) / 8 * 8), zero = 0;
	char path[PATH_MAX], *buf = calloc(1, size);
	int fd, err = 0;

	if (!buf)
		return -ENOMEM;
	memcpy(buf, d->text, d->text_len);
	fd = bpf_map_create(BPF_MAP_TYPE_ARRAY, "p4e_desc", 4, size, 1, &opts);
	if (fd < 0 || bpf_map_update_elem(fd, &zero, buf, BPF_ANY) || bpf_map_freeze(fd)) {
		err = -errno;
		ld_err("NF '%s': cannot store the description in a map: %s", d->name,
		       strerror(errno));
	}
	snprintf(path, sizeof(path), "%s/desc", pin);
	if (!err && bpf_obj_pin(fd, path)) {
		err = -errno;
		ld_err("NF '%s': cannot pin %s: %s", d->name, path, strerror(errno));
	}
	if (fd >= 0)
		close(fd);
	free(buf);
	return err;
}

/* PIN/maps/NAME for every map. Not bpf_object__pin_maps(): it turns every
 * '.' of the whole path into '_', directories included. */
static int pin_maps(struct bpf_object *obj, const char *pin)
{
	char path[PATH_MAX];
	struct bpf_map *map;
	int err;

	snprintf(path, sizeof(path), "%s/maps", pin);
	if (mkdir(path, 0700) && errno != EEXIST)
		return -errno;
	bpf_object__for_each_map(map, obj) {
		snprintf(path, sizeof(path), "%s/maps/%s", pin, bpf_map__name(map));
		err = bpf_map__pin(map, path);
		if (err)
			return err;
	}
	return 0;
}

static int do_load(int argc, char **argv)
{
	const char *obj_path, *desc_arg = NULL;
	char *desc_path = NULL, *pin = NULL, path[PATH_MAX];
	struct bpf_object *obj = NULL;
	struct bpf_program *prog;
	struct p4e_desc *d = NULL;
	struct stat st;
	bool pinned = false;
	unsigned i;
	int err;

	if (argc != 2 && !(argc == 4 && strcmp(argv[2], "desc") == 0)) {
		ld_err("usage: nfctl prog load OBJ PIN_DIR [desc FILE]");
		return 1;
	}
	obj_path = argv[0];
	if (argc == 4)
		desc_arg = argv[3];
	desc_path = desc_arg ? strdup(desc_arg) : ld_desc_path_for(obj_path);
	pin = ld_pin_path(argv[1]);
	if (!desc_path || !pin) {
		err = -ENOMEM;
		goto out;
	}
	d = p4e_desc_load(desc_path);
	if (!d) {
		err = -errno;
		goto out;
	}
	if (strncmp(pin, LD_BPFFS "/", sizeof(LD_BPFFS)) == 0 && (err = ld_bpffs_ensure()))
		goto out;
	if (stat(pin, &st) == 0) {
		ld_err("NF '%s': %s exists; 'nfctl prog unload %s' first", d->name, pin, argv[1]);
		err = -EEXIST;
		goto out;
	}

	obj = bpf_object__open_file(obj_path, NULL);
	if (!obj) {
		err = -errno;
		ld_err("NF '%s': cannot open %s: %s", d->name, obj_path, strerror(errno));
		goto out;
	}
	err = ld_check_maps(d, obj, obj_path);
	if (err)
		goto out;
	prog = bpf_object__find_program_by_name(obj, d->program);
	err = bpf_object__load(obj);
	if (err) {
		ld_err("NF '%s': loading %s failed: %s%s", d->name, obj_path, strerror(-err),
		       ld_debug ? "" : " (the verifier's log is above; -d shows more)");
		goto out;
	}
	for (i = 0; i < d->n_tables; i++) {
		struct p4e_table_fds fds;

		err = ld_obj_table_fds(obj, &d->tables[i], &fds);
		if (!err)
			err = p4e_table_init(&d->tables[i], &fds);
		if (err) {
			ld_err("NF '%s': table '%s' cannot be initialised", d->name,
			       d->tables[i].name);
			goto out;
		}
	}

	err = ld_mkdirs(pin, 0700);
	if (err) {
		ld_err("NF '%s': cannot create %s: %s", d->name, pin, strerror(-err));
		goto out;
	}
	pinned = true;
	{
		struct statfs sf;

		if (statfs(pin, &sf) || sf.f_type != BPF_FS_MAGIC) {
			ld_err("NF '%s': %s is not on a bpf filesystem", d->name, pin);
			err = -EINVAL;
			goto out;
		}
	}
	err = pin_maps(obj, pin);
	if (!err) {
		snprintf(path, sizeof(path), "%s/prog", pin);
		err = bpf_program__pin(prog, path);
	}
	if (err) {
		ld_err("NF '%s': cannot pin under %s: %s", d->name, pin, strerror(-err));
		goto out;
	}
	err = pin_desc(d, pin);
	if (err)
		goto out;

	if (ld_json) {
		json_object *o = json_object_new_object();
		struct bpf_prog_info info = { 0 };
		uint32_t len = sizeof(info);

		bpf_obj_get_info_by_fd(bpf_program__fd(prog), &info, &len);
		ld_json_str(o, "name", d->name);
		ld_json_str(o, "pin", pin);
		ld_json_int(o, "prog_id", info.id);
		ld_json_print(o);
	} else {
		printf("loaded NF '%s' (%s on %s) from %s, pinned at %s\n", d->name,
		       p4e_arch_str(d->arch), p4e_hook_str(d->hook), obj_path, pin);
	}
out:
	if (err && pinned)
		unpin_all(pin);
	bpf_object__close(obj);
	p4e_desc_free(d);
	free(desc_path);
	free(pin);
	return err ? 1 : 0;
}

/* ------------------------------------------------------------- show */

static int show_one(const char *arg, json_object *list)
{
	struct ld_nf nf;
	struct bpf_prog_info info = { 0 };
	uint32_t len = sizeof(info);
	char path[PATH_MAX];
	json_object *o, *tables;
	unsigned i;
	int fd;

	if (ld_nf_open(arg, &nf))
		return 1;
	snprintf(path, sizeof(path), "%s/prog", nf.pin);
	fd = bpf_obj_get(path);
	if (fd >= 0)
		bpf_obj_get_info_by_fd(fd, &info, &len);
	if (fd >= 0)
		close(fd);

	if (list) {
		o = json_object_new_object();
		ld_json_str(o, "name", nf.desc->name);
		ld_json_str(o, "pin", nf.pin);
		ld_json_str(o, "arch", p4e_arch_str(nf.desc->arch));
		ld_json_str(o, "hook", p4e_hook_str(nf.desc->hook));
		ld_json_str(o, "program", nf.desc->program);
		if (nf.desc->source)
			ld_json_str(o, "source", nf.desc->source);
		ld_json_int(o, "prog_id", info.id);
		tables = json_object_new_array();
		for (i = 0; i < nf.desc->n_tables; i++)
			json_object_array_add(tables, json_object_new_string(nf.desc->tables[i].name));
		json_object_object_add(o, "tables", tables);
		tables = json_object_new_array();
		for (i = 0; i < nf.desc->n_counters; i++)
			json_object_array_add(tables,
					      json_object_new_string(nf.desc->counters[i].name));
		json_object_object_add(o, "counters", tables);
		json_object_array_add(list, o);
	} else {
		printf("%s: NF '%s' (%s on %s), program '%s'", nf.pin, nf.desc->name,
		       p4e_arch_str(nf.desc->arch), p4e_hook_str(nf.desc->hook), nf.desc->program);
		if (info.id) {
			printf(" id %u tag ", info.id);
			for (i = 0; i < sizeof(info.tag); i++)
				printf("%02x", info.tag[i]);
		}
		printf("\n");
		if (nf.desc->source)
			printf("\tsource %s\n", nf.desc->source);
		for (i = 0; i < nf.desc->n_tables; i++)
			printf("\ttable %s (%s)\n", nf.desc->tables[i].name,
			       p4e_table_kind_str(nf.desc->tables[i].kind));
		for (i = 0; i < nf.desc->n_counters; i++)
			printf("\tcounter %s\n", nf.desc->counters[i].name);
	}
	ld_nf_close(&nf);
	return 0;
}

static int do_show(int argc, char **argv)
{
	json_object *list = ld_json ? json_object_new_array() : NULL;
	char path[PATH_MAX];
	struct dirent *de;
	DIR *dir;
	int rc = 0;

	if (argc > 1) {
		ld_err("usage: nfctl prog show [PIN_DIR]");
		json_object_put(list);
		return 1;
	}
	if (argc == 1) {
		rc = show_one(argv[0], list);
	} else if ((dir = opendir(LD_PIN_ROOT))) {
		while ((de = readdir(dir))) {
			if (de->d_name[0] == '.')
				continue;
			snprintf(path, sizeof(path), "%s/%s", LD_PIN_ROOT, de->d_name);
			rc |= show_one(path, list);
		}
		closedir(dir);
	}
	if (list) {
		if (rc == 0)
			ld_json_print(list);
		else
			json_object_put(list);
	}
	return rc;
}

static int do_unload(int argc, char **argv)
{
	struct ld_nf nf;
	int err;

	if (argc != 1) {
		ld_err("usage: nfctl prog unload PIN_DIR");
		return 1;
	}
	/* Only a directory with a readable description is ours to remove. */
	if (ld_nf_open(argv[0], &nf))
		return 1;
	err = unpin_all(nf.pin);
	if (err)
		ld_err("NF '%s': cannot remove all of %s: %s", nf.desc->name, nf.pin, strerror(-err));
	else if (!ld_json)
		printf("unloaded NF '%s' from %s\n", nf.desc->name, nf.pin);
	ld_nf_close(&nf);
	return err ? 1 : 0;
}

int ld_do_prog(int argc, char **argv)
{
	static const struct ld_cmd cmds[] = {
		{ "load", do_load },
		{ "show", do_show },
		{ "list", do_show },
		{ "unload", do_unload },
		{ "help", do_help },
		{ NULL, NULL },
	};

	return ld_dispatch("prog ", cmds, "show", argc, argv);
}
