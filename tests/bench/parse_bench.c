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
 * Like the compiler, these parses get their AST memory fresh from the kernel
 * (malloc hands the arena's chunks back when they are freed), so they pay for
 * its page faults. A second series keeps that memory mapped between parses,
 * to show how much of a parse is the faulting in of the AST.
 * Exits 1 when the file does not parse cleanly. */
#include <limits.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "frontend.h"
#include "parse.h"
#include "parser.h"
#define YYSTYPE P4YYSTYPE
#define YYLTYPE P4YYLTYPE
#include "lexer.h"

enum { MAX_RUNS = 101 };

/* The thread's CPU time, user and system: a busy machine skews it less than
 * the wall clock, and page faults (system time) still count. */
static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int compare_doubles(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

static double median(double *v, int n)
{
	qsort(v, (size_t)n, sizeof(*v), compare_doubles);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
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

static int read_file(const char *path, StrBuf *out)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		perror(path);
		return -1;
	}
	char buf[65536];
	size_t n;
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		strbuf_add(out, buf, n);
	int err = ferror(f);
	fclose(f);
	if (err) {
		fprintf(stderr, "%s: read error\n", path);
		return -1;
	}
	strbuf_add(out, "", 0);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc < 2 || argc > 3) {
		fprintf(stderr, "usage: %s FILE.p4 [RUNS]\n", argv[0]);
		return 2;
	}
	const char *path = argv[1];
	int runs = argc > 2 ? atoi(argv[2]) : 7;
	if (runs < 1 || runs > MAX_RUNS) {
		fprintf(stderr, "%s: RUNS must be 1 to %d\n", argv[0], MAX_RUNS);
		return 2;
	}
	StrBuf text = {0};
	if (read_file(path, &text) != 0)
		return 1;
	long lines = 0;
	for (size_t i = 0; i < text.len; i++)
		lines += text.data[i] == '\n';
	double mb = (double)text.len / 1e6;

	Diag diag;
	diag_init(&diag, stderr);
	double lex_times[MAX_RUNS], parse_times[MAX_RUNS], warm_times[MAX_RUNS];
	long tokens = 0;
	size_t arena_bytes = 0;
	int nodes = 0;
	/* Alternate the two so that frequency scaling and noise hit both alike. */
	for (int r = 0; r < runs; r++) {
		double t0 = now();
		tokens = lex_only(&diag, path, text.data, text.len);
		lex_times[r] = now() - t0;

		Arena arena = {0};
		t0 = now();
		Node *program = parse_buffer(&arena, &diag, path, text.data, text.len);
		parse_times[r] = now() - t0;
		if (diag.errors > 0) {
			fprintf(stderr, "%s: %d errors: the benchmark needs a valid program\n", path,
				diag.errors);
			return 1;
		}
		arena_bytes = arena.total;
		nodes = list_length(program->items);
		arena_free(&arena);
	}
	/* Keep freed chunks in the heap, mapped, for the next parse. */
	mallopt(M_MMAP_THRESHOLD, 32 << 20);
	mallopt(M_TRIM_THRESHOLD, INT_MAX);
	for (int r = -1; r < runs; r++) {
		Arena arena = {0};
		double t0 = now();
		parse_buffer(&arena, &diag, path, text.data, text.len);
		if (r >= 0) /* the first one maps the memory */
			warm_times[r] = now() - t0;
		arena_free(&arena);
	}
	diag_free(&diag);

	double lex = median(lex_times, runs), parse = median(parse_times, runs);
	double warm = median(warm_times, runs);
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	printf("input:  %s: %ld lines, %.2f MB, %ld tokens, %d top-level declarations\n", path, lines,
	       mb, tokens, nodes);
	printf("lex:    %10.0f lines/s  %7.1f MB/s  %8.2f ms  (median of %d)\n", lines / lex, mb / lex,
	       lex * 1e3, runs);
	printf("parse:  %10.0f lines/s  %7.1f MB/s  %8.2f ms  (median of %d)\n", lines / parse,
	       mb / parse, parse * 1e3, runs);
	printf("warm:   %10.0f lines/s  %7.1f MB/s  %8.2f ms  (AST memory already mapped)\n",
	       lines / warm, mb / warm, warm * 1e3);
	printf("parse = %.0f lines/s (%.2fx the cost of lexing alone); peak RSS %.1f MiB; "
	       "AST arena %.1f MiB\n",
	       lines / parse, parse / lex, (double)ru.ru_maxrss / 1024, (double)arena_bytes / (1 << 20));
	strbuf_free(&text);
	return 0;
}
