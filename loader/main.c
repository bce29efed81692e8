/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* main.c: nfctl's entry point: options, the object table, bpftool-style
 * dispatch with unambiguous prefixes, and the one place messages go through
 * (ours, libp4ebpf's and libbpf's).
 *
 *   nfctl [OPTIONS] OBJECT { COMMAND | help }
 *   OBJECT := { prog | table | counter | register | value_set | test }
 *   OPTIONS := { -j|--json [-p|--pretty] | -d|--debug | -V|--version | -h|--help } */
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/libbpf.h>

#include "nfctl.h"

#ifndef P4EBPF_VERSION
#define P4EBPF_VERSION "0.0.0"
#endif

bool ld_json;
bool ld_pretty;
bool ld_debug;

static const char *ld_context = "nfctl: ";

void ld_set_context(const char *ctx)
{
	ld_context = ctx ? ctx : "nfctl: ";
}

static void vmsg(const char *kind, const char *fmt, va_list ap)
{
	fprintf(stderr, "%s%s", ld_context, kind);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void ld_err(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	if (ld_json) {
		char msg[1024];
		json_object *o = json_object_new_object();

		vsnprintf(msg, sizeof(msg), fmt, ap);
		json_object_object_add(o, "error", json_object_new_string(msg));
		ld_json_print(o);
	} else {
		vmsg("error: ", fmt, ap);
	}
	va_end(ap);
}

void ld_warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmsg("warning: ", fmt, ap);
	va_end(ap);
}

void ld_json_print(json_object *o)
{
	int flags = JSON_C_TO_STRING_NOSLASHESCAPE |
		    (ld_pretty ? JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED
			       : JSON_C_TO_STRING_PLAIN);

	puts(json_object_to_json_string_ext(o, flags));
	json_object_put(o);
}

void ld_json_str(json_object *o, const char *key, const char *value)
{
	json_object_object_add(o, key, json_object_new_string(value));
}

void ld_json_int(json_object *o, const char *key, int64_t value)
{
	json_object_object_add(o, key, json_object_new_int64(value));
}

/* libp4ebpf's messages: complete lines, about a table, counter or file. */
static int p4e_print(enum p4e_print_level level, const char *fmt, va_list ap)
{
	if (level == P4E_DEBUG && !ld_debug)
		return 0;
	fprintf(stderr, "%s%s", ld_context, level == P4E_WARN ? "error: " : "");
	return vfprintf(stderr, fmt, ap);
}

/* libbpf's: warnings always (they carry the verifier's log when a load
 * fails), the rest with -d. */
static int libbpf_print(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	if (level == LIBBPF_DEBUG && !ld_debug)
		return 0;
	if (level == LIBBPF_INFO && !ld_debug)
		return 0;
	return vfprintf(stderr, fmt, ap);
}

bool ld_is_prefix(const char *prefix, const char *word)
{
	size_t n = strlen(prefix);

	return n > 0 && strncmp(prefix, word, n) == 0;
}

int ld_dispatch(const char *object, const struct ld_cmd *cmds, const char *dflt, int argc,
		char **argv)
{
	const struct ld_cmd *found = NULL, *c;
	const char *verb = argc > 0 ? argv[0] : dflt;
	bool ambiguous = false;

	for (c = cmds; c->name; c++) {
		if (strcmp(c->name, verb) == 0) {
			found = c;
			ambiguous = false;
			break;
		}
		if (ld_is_prefix(verb, c->name)) {
			ambiguous = found != NULL;
			found = found ? found : c;
		}
	}
	if (!found || ambiguous) {
		char list[512] = "";
		size_t len = 0;

		for (c = cmds; c->name && len < sizeof(list); c++)
			len += (size_t)snprintf(list + len, sizeof(list) - len, "%s%s",
						c == cmds ? "" : " | ", c->name);
		ld_err("%s '%s%s' (%s: %s)", ambiguous ? "ambiguous command" : "unknown command",
		       object ? object : "", verb, object ? "one of" : "objects", list);
		return 1;
	}
	return found->fn(argc > 0 ? argc - 1 : 0, argc > 0 ? argv + 1 : argv);
}

static int do_help(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fprintf(stderr,
		"Usage: nfctl [OPTIONS] OBJECT { COMMAND | help }\n"
		"       nfctl version\n"
		"\n"
		"       OBJECT  := { prog | table | counter | register | value_set | test }\n"
		"       OPTIONS := { -j|--json [-p|--pretty] | -d|--debug | -V|--version }\n"
		"\n"
		"Objects and commands may be abbreviated: 'nfctl t d' is ambiguous, 'nfctl ta du'\n"
		"is 'nfctl table dump'. 'nfctl OBJECT help' shows each object's grammar.\n");
	return 0;
}

static int do_version(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	if (ld_json) {
		json_object *o = json_object_new_object();

		json_object_object_add(o, "version", json_object_new_string(P4EBPF_VERSION));
		json_object_object_add(o, "abi", json_object_new_int(P4E_ABI_VERSION));
		ld_json_print(o);
	} else {
		printf("nfctl %s (p4ebpf ABI %d, libbpf %u.%u)\n", P4EBPF_VERSION, P4E_ABI_VERSION,
		       libbpf_major_version(), libbpf_minor_version());
	}
	return 0;
}

static const struct ld_cmd objects[] = {
	{ "prog", ld_do_prog },
	{ "table", ld_do_table },
	{ "counter", ld_do_counter },
	{ "register", ld_do_register },
	{ "value_set", ld_do_value_set },
	{ "test", ld_do_test },
	{ "help", do_help },
	{ "version", do_version },
	{ NULL, NULL },
};

int main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "pretty", no_argument, NULL, 'p' },
		{ "debug", no_argument, NULL, 'd' },
		{ "version", no_argument, NULL, 'V' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	/* Options stop at the object: what follows belongs to the command. */
	while ((c = getopt_long(argc, argv, "+jpdVh", opts, NULL)) != -1) {
		switch (c) {
		case 'j':
			ld_json = true;
			break;
		case 'p':
			ld_json = ld_pretty = true;
			break;
		case 'd':
			ld_debug = true;
			break;
		case 'V':
			return do_version(0, NULL);
		case 'h':
			return do_help(0, NULL);
		default:
			do_help(0, NULL);
			return 1;
		}
	}
	argc -= optind;
	argv += optind;
	libbpf_set_print(libbpf_print);
	p4e_set_print(p4e_print);
	if (argc < 1) {
		do_help(0, NULL);
		return 1;
	}
	return ld_dispatch(NULL, objects, NULL, argc, argv);
}
