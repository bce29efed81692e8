/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* fuzz_parser.c: libFuzzer target for the lexer, the parser and the AST printers.
 *
 * Every input is parsed as one preprocessed buffer; when it parsed without
 * errors, it is also dumped, printed back as P4 and summarized. Everything is
 * freed before the next input so that LeakSanitizer reports real leaks only.
 *
 * With P4EBPF_FUZZ_ROUNDTRIP=1 in the environment, a program that parsed
 * cleanly must also survive the round trip: its printed form must parse
 * without errors to the same AST (dumps without locations compared). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontend.h"

static FILE *devnull;
static bool roundtrip;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	devnull = fopen("/dev/null", "w");
	if (!devnull) {
		perror("fuzz_parser: /dev/null");
		exit(1);
	}
	const char *env = getenv("P4EBPF_FUZZ_ROUNDTRIP");
	roundtrip = env && strcmp(env, "1") == 0;
	return 0;
}

/* Parses the printed program again and insists on the same tree. */
static void check_roundtrip(const StrBuf *printed, const StrBuf *dump)
{
	Arena arena = {0};
	Diag diag;
	diag_init(&diag, devnull);
	StrBuf again = {0};
	Node *program = parse_buffer(&arena, &diag, "printed.p4", printed->data ? printed->data : "",
				     printed->len);
	dump_ast(&again, program, false);
	bool same = again.len == dump->len &&
		    (dump->len == 0 || memcmp(again.data, dump->data, dump->len) == 0);
	if (diag.errors > 0 || !same) {
		fprintf(stderr, "round trip failed (%d errors); printed program:\n%.*s\n", diag.errors,
			(int)printed->len, printed->data ? printed->data : "");
		fprintf(stderr, "dump before:\n%s\ndump after:\n%s\n", dump->data ? dump->data : "",
			again.data ? again.data : "");
		abort();
	}
	strbuf_free(&again);
	diag_free(&diag);
	arena_free(&arena);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	Arena arena = {0};
	Diag diag;
	diag_init(&diag, devnull);
	/* Quote from the input itself, never from a file on disk of that name. */
	diag_add_source(&diag, "fuzz.p4", (const char *)data, size);
	Node *program = parse_buffer(&arena, &diag, "fuzz.p4", (const char *)data, size);
	if (diag.errors == 0) {
		StrBuf dump = {0}, printed = {0}, summary = {0};
		dump_ast(&dump, program, true);
		pp_program(&printed, program);
		summarize_program(&summary, "fuzz.p4", program);
		if (roundtrip) {
			strbuf_free(&dump);
			dump_ast(&dump, program, false);
			check_roundtrip(&printed, &dump);
		}
		strbuf_free(&dump);
		strbuf_free(&printed);
		strbuf_free(&summary);
	}
	diag_free(&diag);
	arena_free(&arena);
	return 0;
}
