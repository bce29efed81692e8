/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* bench_util.h: what the frontend benchmarks (parse_bench, check_bench)
 * share: the thread's CPU time, medians, and their arguments and input file. */
#ifndef BENCH_UTIL_H
#define BENCH_UTIL_H

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "util.h"

/* The thread's CPU time, user and system: a busy machine skews it less than
 * the wall clock, and page faults (system time) still count. */
static inline double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static inline int compare_doubles(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

/* Sorts v. */
static inline double median(double *v, int n)
{
	qsort(v, (size_t)n, sizeof(*v), compare_doubles);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

enum { BENCH_MAX_RUNS = 101 };

/* `NAME FILE.p4 [RUNS]`: the file read into `text`, the runs (7 unless
 * given) and its lines. Returns 0, or the exit status after a message. */
static inline int bench_args(int argc, char **argv, StrBuf *text, int *runs, long *lines)
{
	if (argc < 2 || argc > 3) {
		fprintf(stderr, "usage: %s FILE.p4 [RUNS]\n", argv[0]);
		return 2;
	}
	*runs = argc > 2 ? atoi(argv[2]) : 7;
	if (*runs < 1 || *runs > BENCH_MAX_RUNS) {
		fprintf(stderr, "%s: RUNS must be 1 to %d\n", argv[0], BENCH_MAX_RUNS);
		return 2;
	}
	FILE *f = fopen(argv[1], "rb");
	if (!f) {
		perror(argv[1]);
		return 1;
	}
	int err = strbuf_read(text, f);
	fclose(f);
	if (err) {
		fprintf(stderr, "%s: read error\n", argv[1]);
		strbuf_free(text);
		return 1;
	}
	*lines = 0;
	for (size_t i = 0; i < text->len; i++)
		*lines += text->data[i] == '\n';
	return 0;
}

#endif
