/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* check_bench.c: how fast the frontend type-checks, against parsing the same text alone.
 *
 *   check_bench FILE.p4 [RUNS]
 *
 * Reads FILE (already preprocessed: no cpp is run) into memory, then RUNS
 * times (default 7) parses it alone, and parses and checks it
 * (sema_check), each time with a fresh Arena, Diag and ConstPool, and
 * prints the median time of each, the ratio between them (the parse alone,
 * measured in the same run, is the baseline), the peak RSS of the process
 * and the bytes of the arena that the checked tree lives in. Times are CPU
 * times of the benchmark's thread, page faults included.
 *
 * Exits 1 when the file does not parse or check cleanly, so that the
 * benchmark cannot quietly measure the checker's error path; gen_check
 * writes programs that check cleanly. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "bench_util.h"
#include "consteval.h"
#include "frontend.h"
#include "sema.h"


/* One parse, and when `check` one sema_check of its tree; returns the CPU
 * time, or a negative number after errors. *arena_bytes gets the size of
 * the arena. */
static double run_once(const char *path, const StrBuf *text, bool check, size_t *arena_bytes)
{
	Arena arena = {0};
	Diag diag;
	diag_init(&diag, stderr);
	ConstPool *pool = check ? const_pool_new() : NULL;
	double t0 = now();
	Node *program = parse_buffer(&arena, &diag, path, text->data, text->len);
	int errors = diag.errors;
	if (check && errors == 0)
		errors = sema_check(&arena, &diag, pool, program);
	double t = now() - t0;
	if (errors == 0 && diag.errors > 0)
		errors = diag.errors;
	*arena_bytes = arena.total;
	const_pool_free(pool);
	arena_free(&arena);
	diag_free(&diag);
	if (errors > 0) {
		fprintf(stderr, "%s: %d errors while %s: the benchmark needs a valid program\n", path,
			errors, check ? "checking" : "parsing");
		return -1;
	}
	return t;
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

	double parse_times[BENCH_MAX_RUNS], check_times[BENCH_MAX_RUNS];
	size_t parse_bytes = 0, check_bytes = 0;
	int status = 0;
	/* Alternate the two so that frequency scaling and noise hit both alike. */
	for (int r = 0; r < runs && status == 0; r++) {
		parse_times[r] = run_once(path, &text, false, &parse_bytes);
		check_times[r] = run_once(path, &text, true, &check_bytes);
		if (parse_times[r] < 0 || check_times[r] < 0)
			status = 1;
	}
	strbuf_free(&text);
	if (status != 0)
		return status;

	double parse = median(parse_times, runs), check = median(check_times, runs);
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	double rss = (double)ru.ru_maxrss / 1024;
	printf("input:  %s: %ld lines, %.2f MB\n", path, lines, mb);
	printf("parse:  %10.0f lines/s  %8.2f ms  (median of %d)\n", lines / parse, parse * 1e3,
	       runs);
	printf("check:  %10.0f lines/s  %8.2f ms  (parse + sema_check, median of %d)\n",
	       lines / check, check * 1e3, runs);
	printf("sema:   %10.0f lines/s  %8.2f ms  (the difference: sema_check alone)\n",
	       lines / (check - parse), (check - parse) * 1e3);
	printf("arena:  %.1f MiB after parsing, %.1f MiB after checking\n",
	       (double)parse_bytes / (1 << 20), (double)check_bytes / (1 << 20));
	printf("check = %.1f ms for %ld lines (%.2f\u00d7 the cost of parsing alone); "
	       "peak RSS %.1f MiB\n",
	       check * 1e3, lines, check / parse, rss);
	return 0;
}
