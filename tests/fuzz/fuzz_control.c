/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* fuzz_control.c: libFuzzer target for what the control plane reads as text:
 * NF descriptions (JSON), STF files, and table entries and value-set
 * members in the syntax of runtime/ABI.md 5 — no kernel needed.
 *
 * The first byte of an input picks what the rest is:
 *   0  a description, parsed and freed
 *   1  an STF file, parsed (loader/stf.c) and freed
 *   2  lines "T WORD..." against the fixed description below: T picks a
 *      table (e exact, l lpm, t ternary, r range; upper case: with
 *      --p4c-compat's lpm byte order), the words are what
 *      `nfctl table add` takes after the table's name (priority, matches,
 *      `action NAME ARGS`); the entry is finished, printed back as text and
 *      JSON, and a range entry split into its pieces
 *   3  one line for a value set: encoded and formatted back
 *
 * nfctl's output layer (main.c) is not linked: its messages are dropped
 * here, and its JSON helper is the one-liner it is there. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../loader/nfctl.h"
#include "../../runtime/p4e_internal.h"

static const char desc_json[] =
	"{ \"p4ebpf\": 1, \"name\": \"f\", \"arch\": \"xdp\", \"hook\": \"xdp\", \"program\": \"p\",\n"
	"  \"tables\": [\n"
	"   { \"name\": \"c.e\", \"kind\": \"exact\", \"size\": 8,\n"
	"     \"maps\": { \"entries\": \"c_e\", \"default\": \"c_e_defaultAction\" },\n"
	"     \"key_size\": 32, \"value_size\": 8,\n"
	"     \"key\": [ { \"name\": \"mac\", \"match\": \"exact\", \"width\": 48, \"offset\": 0, \"size\": 8, \"byte_order\": \"host\" },\n"
	"              { \"name\": \"v6\", \"match\": \"exact\", \"width\": 128, \"offset\": 8, \"size\": 16, \"byte_order\": \"big\" },\n"
	"              { \"name\": \"b3\", \"match\": \"exact\", \"width\": 3, \"offset\": 24, \"size\": 1, \"byte_order\": \"host\" } ],\n"
	"     \"actions\": [ { \"name\": \"c.a\", \"id\": 1 } ] },\n"
	"   { \"name\": \"c.l\", \"kind\": \"lpm\", \"size\": 8,\n"
	"     \"maps\": { \"entries\": \"c_l\", \"default\": \"c_l_defaultAction\" },\n"
	"     \"key_size\": 12, \"value_size\": 8,\n"
	"     \"key\": [ { \"name\": \"port\", \"match\": \"exact\", \"width\": 12, \"offset\": 4, \"size\": 2, \"byte_order\": \"big\" },\n"
	"              { \"name\": \"dst\", \"match\": \"lpm\", \"width\": 32, \"offset\": 8, \"size\": 4, \"byte_order\": \"big\" } ],\n"
	"     \"actions\": [ { \"name\": \"c.a\", \"id\": 1 } ] },\n"
	"   { \"name\": \"c.t\", \"kind\": \"ternary\", \"size\": 8, \"max_masks\": 4,\n"
	"     \"maps\": { \"entries\": \"c_t\", \"default\": \"c_t_defaultAction\", \"masks\": \"c_t_masks\" },\n"
	"     \"key_size\": 16, \"value_size\": 8,\n"
	"     \"key\": [ { \"name\": \"dst\", \"match\": \"ternary\", \"width\": 32, \"offset\": 4, \"size\": 4, \"byte_order\": \"host\" },\n"
	"              { \"name\": \"src\", \"match\": \"lpm\", \"width\": 32, \"offset\": 8, \"size\": 4, \"byte_order\": \"host\" },\n"
	"              { \"name\": \"opt\", \"match\": \"optional\", \"width\": 9, \"offset\": 12, \"size\": 2, \"byte_order\": \"host\" } ],\n"
	"     \"actions\": [ { \"name\": \"c.a\", \"id\": 1 } ] },\n"
	"   { \"name\": \"c.r\", \"kind\": \"ternary\", \"size\": 8, \"max_masks\": 32,\n"
	"     \"maps\": { \"entries\": \"c_r\", \"default\": \"c_r_defaultAction\", \"masks\": \"c_r_masks\" },\n"
	"     \"key_size\": 24, \"value_size\": 8,\n"
	"     \"key\": [ { \"name\": \"p\", \"match\": \"range\", \"width\": 16, \"offset\": 4, \"size\": 2, \"byte_order\": \"host\" },\n"
	"              { \"name\": \"q\", \"match\": \"range\", \"width\": 5, \"offset\": 6, \"size\": 1, \"byte_order\": \"host\" },\n"
	"              { \"name\": \"w\", \"match\": \"range\", \"width\": 128, \"offset\": 8, \"size\": 16, \"byte_order\": \"big\" } ],\n"
	"     \"actions\": [ { \"name\": \"c.a\", \"id\": 1 } ] } ],\n"
	"  \"counters\": [],\n"
	"  \"value_sets\": [ { \"name\": \"prs.vs\", \"map\": \"prs_vs\", \"size\": 4, \"key_size\": 4,\n"
	"     \"value_offset\": 4, \"mask_offset\": 8, \"slot_size\": 12,\n"
	"     \"key\": [ { \"name\": \"proto\", \"match\": \"ternary\", \"width\": 8, \"offset\": 0, \"size\": 1, \"byte_order\": \"host\" },\n"
	"              { \"name\": \"ttl\", \"match\": \"ternary\", \"width\": 8, \"offset\": 1, \"size\": 1, \"byte_order\": \"host\" } ] } ] }\n";

static struct p4e_desc *desc;

void ld_err(const char *fmt, ...)
{
	(void)fmt;
}

void ld_json_int(json_object *o, const char *key, int64_t value)
{
	json_object_object_add(o, key, json_object_new_int64(value));
}

static int quiet(enum p4e_print_level level, const char *fmt, va_list ap)
{
	(void)level;
	(void)fmt;
	(void)ap;
	return 0;
}

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	p4e_set_print(quiet);
	/* The STF reader prints its errors with fprintf(stderr): send those
	 * away. libFuzzer kept its own copy of the old stream, and the
	 * sanitizers write to descriptor 2, so their reports still show. */
	FILE *devnull = fopen("/dev/null", "w");
	if (!devnull) {
		perror("fuzz_control: /dev/null");
		exit(1);
	}
	stderr = devnull;
	desc = p4e_desc_parse(desc_json, sizeof(desc_json) - 1, "fuzz.json");
	if (!desc) {
		fprintf(stderr, "fuzz_control: the built-in description does not parse\n");
		exit(1);
	}
	return 0;
}

/* Stops a split after this many pieces: two 128-bit ranges make 64516. */
static int count_piece(struct p4e_entry *piece, unsigned i, void *ctx)
{
	(void)piece;
	(void)ctx;
	return i >= 4096;
}

static void one_entry(char *line)
{
	const char *names = "eltr";
	bool p4c_lpm = line[0] >= 'A' && line[0] <= 'Z'; /* E, L, T, R: --p4c-compat */
	const char *at = line[0] ? strchr(names, p4c_lpm ? line[0] - 'A' + 'a' : line[0]) : NULL;
	if (!at)
		return;
	const struct p4e_table *t = &desc->tables[at - names];
	struct p4e_entry *e = p4e_entry_new(t), *piece = p4e_entry_new(t);
	char *words[64], *save = NULL, out[4096];
	int n = 0;

	if (!e || !piece)
		abort();
	for (char *w = strtok_r(line + 1, " \t", &save); w && n < 64; w = strtok_r(NULL, " \t", &save))
		words[n++] = w;
	if (ld_entry_from_words(e, n, words, true, p4c_lpm ? P4E_F_P4C_LPM : 0) == 0) {
		ld_entry_text(e, out, sizeof(out), true);
		json_object_put(ld_entry_json(e, true));
		if (p4e_table_has_range(t))
			p4e_range_pieces(e, piece, count_piece, NULL);
	}
	p4e_entry_free(piece);
	p4e_entry_free(e);
}

static void one_value_set_member(const char *text)
{
	const struct p4e_value_set *vs = &desc->value_sets[0];
	uint8_t value[64], mask[64];
	char out[256];

	if (p4e_value_set_encode(vs, text, value, mask) == 0)
		p4e_value_set_format(vs, value, mask, out, sizeof(out));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1 || size > 1 << 16)
		return 0;
	/* NUL-terminated text without the selector byte. */
	char *text = malloc(size);
	if (!text)
		abort();
	memcpy(text, data + 1, size - 1);
	text[size - 1] = '\0';

	switch (data[0] % 4) {
	case 0:
		p4e_desc_free(p4e_desc_parse(text, size - 1, "input.json"));
		break;
	case 1: {
		FILE *f = fmemopen(text, size - 1 ? size - 1 : 1, "r");
		struct ld_stf *stf = NULL;

		if (f) {
			ld_stf_read(f, "input.stf", &stf);
			fclose(f);
			ld_stf_free(stf);
		}
		break;
	}
	case 2:
		for (char *rest = text, *line; (line = strsep(&rest, "\n"));)
			one_entry(line);
		break;
	default:
		one_value_set_member(text);
		break;
	}
	free(text);
	return 0;
}
