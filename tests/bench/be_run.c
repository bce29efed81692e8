/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* be_run.c: per-packet cost of BPF programs, measured alternately in one
 * run (tests/bench/backend_bench.sh drives it).
 *
 *   be_run [-r REPEAT] [-c CALLS] [-k ROUNDS] PACKET_FILE PROG_PIN...
 *
 * A round runs every program CALLS times, interleaved (A B C A B C ...), each
 * call one BPF_PROG_TEST_RUN of the packet with `repeat` REPEAT; the kernel
 * reports each call's average in whole nanoseconds, and the round's figure
 * for a program is the mean of its CALLS reports, which the calls' jitter
 * makes finer than a nanosecond. The result per program is the median of
 * ROUNDS rounds, printed with its ratio to the first program and the
 * verifier's instruction count:
 *
 *   PIN ns=14.37 ratio=1.000 verified_insns=97 xlated=360
 *
 * Mind that `repeat` runs the program on the packet the previous iteration
 * left: a program that rewrites the packet (a TTL) must be given a repeat
 * count that keeps it on the path being measured. */
#include <bpf/bpf.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_PROGS 16

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
	int repeat = 200, calls = 50, rounds = 7, c;
	while ((c = getopt(argc, argv, "r:c:k:")) != -1) {
		switch (c) {
		case 'r': repeat = atoi(optarg); break;
		case 'c': calls = atoi(optarg); break;
		case 'k': rounds = atoi(optarg); break;
		default:
			fprintf(stderr, "usage: be_run [-r REPEAT] [-c CALLS] [-k ROUNDS] PACKET PROG_PIN...\n");
			return 2;
		}
	}
	if (argc - optind < 2 || argc - optind - 1 > MAX_PROGS || repeat < 1 || calls < 1 || rounds < 1) {
		fprintf(stderr, "usage: be_run [-r REPEAT] [-c CALLS] [-k ROUNDS] PACKET PROG_PIN...\n");
		return 2;
	}
	FILE *f = fopen(argv[optind], "rb");
	if (!f) {
		fprintf(stderr, "be_run: %s: %s\n", argv[optind], strerror(errno));
		return 1;
	}
	unsigned char pkt[4096], out[4096 + 256];
	size_t len = fread(pkt, 1, sizeof(pkt), f);
	fclose(f);

	int n = argc - optind - 1, fds[MAX_PROGS];
	struct bpf_prog_info info[MAX_PROGS];
	for (int i = 0; i < n; i++) {
		fds[i] = bpf_obj_get(argv[optind + 1 + i]);
		if (fds[i] < 0) {
			fprintf(stderr, "be_run: %s: %s\n", argv[optind + 1 + i], strerror(errno));
			return 1;
		}
		__u32 ilen = sizeof(info[i]);
		memset(&info[i], 0, sizeof(info[i]));
		bpf_obj_get_info_by_fd(fds[i], &info[i], &ilen);
	}
	double *samples = calloc((size_t)n * (size_t)rounds, sizeof(double));
	for (int r = 0; r < rounds; r++) {
		double sum[MAX_PROGS] = {0};
		for (int k = 0; k < calls; k++) {
			for (int i = 0; i < n; i++) {
				LIBBPF_OPTS(bpf_test_run_opts, o, .data_in = pkt, .data_size_in = (__u32)len,
					    .data_out = out, .data_size_out = sizeof(out), .repeat = repeat);
				if (bpf_prog_test_run_opts(fds[i], &o)) {
					fprintf(stderr, "be_run: test run of %s: %s\n", argv[optind + 1 + i],
						strerror(errno));
					return 1;
				}
				sum[i] += o.duration;
			}
		}
		for (int i = 0; i < n; i++)
			samples[i * rounds + r] = sum[i] / calls;
	}
	double base = 0;
	for (int i = 0; i < n; i++) {
		qsort(samples + i * rounds, (size_t)rounds, sizeof(double), cmp_double);
		double med = samples[i * rounds + rounds / 2];
		if (i == 0)
			base = med;
		printf("%s ns=%.2f ratio=%.3f verified_insns=%u xlated=%u\n", argv[optind + 1 + i], med,
		       base > 0 ? med / base : 0, info[i].verified_insns, info[i].xlated_prog_len);
	}
	free(samples);
	return 0;
}
