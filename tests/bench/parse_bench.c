/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* parse_bench.c: how fast the frontend parses, against lexing the same text alone.
 *
 *   parse_bench FILE.p4 [RUNS]
 *
 * Reads FILE (already preprocessed: no cpp is run) into memory, then RUNS
 * times (default 7) lexes it alone and parses it, and prints the median
 * speed of each, the ratio between them and the peak RSS of the process.
 * Times are CPU times of the benchmark's thread.
 *
 * Like the compiler, every parse gets its AST memory fresh from the kernel,
 * so it pays for the page faults; the time spent in the kernel and the
 * number of faults are printed too, to tell that cost from the parser's own.
 * Exits 1 when the file does not parse cleanly. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "bench_util.h"
#include "frontend.h"
#include "parse.h"
#include "parser.h"
#define YYSTYPE P4YYSTYPE
#define YYLTYPE P4YYLTYPE
#include "lexer.h"


/* What the kernel did for this thread: page faults, and its time in seconds. */
typedef struct KernelUse {
	long faults;
	double seconds;
} KernelUse;

static KernelUse kernel_use(void)
{
	struct rusage ru;
	getrusage(RUSAGE_THREAD, &ru);
	return (KernelUse){ru.ru_minflt + ru.ru_majflt,
			   (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec * 1e-6};
}

/* The scanner alone, set up as parse_buffer() sets it up; returns the number of tokens. */
static long lex_only(Diag *diag, const char *name, const char *text, size_t len)
{
	Arena arena = {0};
	ParseContext ctx = {.arena = &arena, .diag = diag, .line = 1, .col = 1};
	ctx.file = symtab_intern(&ctx, name, strlen(name));
	if (p4yylex_init_extra(&ctx, (yyscan_t *)&ctx.scanner) != 0)
		BUG("cannot create the lexer");
	YY_BUFFER_STATE buffer = p4yy_scan_bytes(text, (int)len, ctx.scanner);
	P4YYSTYPE val;
	P4YYLTYPE loc;
	long tokens = 0;
	while (lex_token(&val, &loc, ctx.scanner) != 0)
		tokens++;
	p4yy_delete_buffer(buffer, ctx.scanner);
	p4yylex_destroy(ctx.scanner);
	symtab_free(&ctx);
	arena_free(&arena);
	return tokens;
}

int main(int argc, char **argv)
{
	StrBuf text = {0};
	int runs;
	long lines;
	int rc = bench_args(argc, argv, &text, &runs, &lines);
	if (rc)
		return rc;
	const char *path = argv[1];
	double mb = (double)text.len / 1e6;

	Diag diag;
	diag_init(&diag, stderr);
	double lex_times[BENCH_MAX_RUNS], parse_times[BENCH_MAX_RUNS];
	KernelUse kernel = {0}; /* in all the parses */
	long tokens = 0;
	size_t arena_bytes = 0;
	int nodes = 0;
	/* Alternate the two so that frequency scaling and noise hit both alike. */
	for (int r = 0; r < runs; r++) {
		double t0 = now();
		tokens = lex_only(&diag, path, text.data, text.len);
		lex_times[r] = now() - t0;

		Arena arena = {0};
		KernelUse k0 = kernel_use();
		t0 = now();
		Node *program = parse_buffer(&arena, &diag, path, text.data, text.len);
		parse_times[r] = now() - t0;
		KernelUse k1 = kernel_use();
		kernel.faults += k1.faults - k0.faults;
		kernel.seconds += k1.seconds - k0.seconds;
		if (diag.errors > 0) {
			fprintf(stderr, "%s: %d errors: the benchmark needs a valid program\n", path,
				diag.errors);
			return 1;
		}
		arena_bytes = arena.total;
		nodes = list_length(program->items);
		arena_free(&arena);
	}
	diag_free(&diag);

	double lex = median(lex_times, runs), parse = median(parse_times, runs);
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	printf("input:  %s: %ld lines, %.2f MB, %ld tokens, %d top-level declarations\n", path, lines,
	       mb, tokens, nodes);
	printf("lex:    %10.0f lines/s  %7.1f MB/s  %8.2f ms  (median of %d)\n", lines / lex, mb / lex,
	       lex * 1e3, runs);
	printf("parse:  %10.0f lines/s  %7.1f MB/s  %8.2f ms  (median of %d)\n", lines / parse,
	       mb / parse, parse * 1e3, runs);
	printf("kernel: %.2f ms a parse (mean), %ld page faults a parse\n", kernel.seconds / runs * 1e3,
	       kernel.faults / runs);
	printf("parse = %.0f lines/s (%.2fx the cost of lexing alone); peak RSS %.1f MiB; "
	       "AST arena %.1f MiB\n",
	       lines / parse, parse / lex, (double)ru.ru_maxrss / 1024, (double)arena_bytes / (1 << 20));
	strbuf_free(&text);
	return 0;
}
