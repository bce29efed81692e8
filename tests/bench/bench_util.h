/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* bench_util.h: what the frontend benchmarks (parse_bench, check_bench)
 * share: the thread's CPU time, medians, and reading the input file. */
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

static inline int read_file(const char *path, StrBuf *out)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		perror(path);
		return -1;
	}
	int err = strbuf_read(out, f);
	fclose(f);
	if (err)
		fprintf(stderr, "%s: read error\n", path);
	return err;
}

#endif
