/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* compile_bench.c: how long p4c-ebpf takes to turn a P4 program into C, and
 * the C preprocessor's share of it.
 *
 *   compile_bench RUNS P4C FILE.p4 OUTDIR
 *
 * RUNS times (at most 1001), one after the other: the preprocessor as
 * p4c-ebpf runs it (cpp_run() with p4c-ebpf's default options, in this
 * process), `P4C -o OUTDIR/NAME.c FILE.p4` and `P4C -o OUTDIR/NAME.bpf.o
 * FILE.p4` (which adds clang). Prints one line: NAME, the median wall-clock
 * time of each in ms, the preprocessor's share of P4 to C and clang's share
 * of P4 to a BPF object. Wall-clock time, because the preprocessor and clang
 * are processes of their own and waiting for them counts.
 *
 * The compiler finds p4lib as p4c-ebpf does; run both from the same tree
 * (or set P4EBPF_P4LIB). Exits 1 when the preprocessor or p4c-ebpf fails. */
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>

#include "bench_util.h"
#include "frontend.h"

enum { MAX_RUNS = 1001 };

extern char **environ;

static double wall(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Runs argv with its output to /dev/null; its wall-clock time in seconds,
 * or -1 when it fails. */
static double run_timed(char **argv)
{
	posix_spawn_file_actions_t actions;
	posix_spawn_file_actions_init(&actions);
	posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
	double t = wall();
	pid_t pid;
	int err = posix_spawn(&pid, argv[0], &actions, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&actions);
	int status;
	if (err != 0 || waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status))
		return -1;
	return wall() - t;
}

static double run_cpp(const char *file)
{
	CppOptions opts = {.p4lib_dir = cpp_default_p4lib_dir()};
	Diag diag;
	diag_init(&diag, stderr);
	StrBuf out = {0};
	double t = wall();
	int rc = cpp_run(&opts, file, &out, &diag);
	t = wall() - t;
	strbuf_free(&out);
	diag_free(&diag);
	return rc == 0 ? t : -1;
}

int main(int argc, char **argv)
{
	if (argc != 5 || atoi(argv[1]) < 1 || atoi(argv[1]) > MAX_RUNS) {
		fprintf(stderr, "usage: compile_bench RUNS(1-%d) P4C FILE.p4 OUTDIR\n", MAX_RUNS);
		return 2;
	}
	int runs = atoi(argv[1]);
	const char *p4c = argv[2], *file = argv[3], *dir = argv[4];
	const char *base = strrchr(file, '/') ? strrchr(file, '/') + 1 : file;
	int name_len = (int)(strstr(base, ".p4") ? strstr(base, ".p4") - base : (long)strlen(base));
	char c_out[4096], o_out[4096];
	snprintf(c_out, sizeof(c_out), "%s/%.*s.c", dir, name_len, base);
	snprintf(o_out, sizeof(o_out), "%s/%.*s.bpf.o", dir, name_len, base);
	char *to_c[] = {(char *)p4c, "-o", c_out, (char *)file, NULL};
	char *to_o[] = {(char *)p4c, "-o", o_out, (char *)file, NULL};

	static double cpp[MAX_RUNS], c[MAX_RUNS], o[MAX_RUNS];
	for (int i = 0; i < runs; i++) {
		cpp[i] = run_cpp(file);
		c[i] = run_timed(to_c);
		o[i] = run_timed(to_o);
		if (cpp[i] < 0 || c[i] < 0 || o[i] < 0) {
			fprintf(stderr, "compile_bench: %s failed on %s\n",
				cpp[i] < 0 ? "the preprocessor" : p4c, file);
			return 1;
		}
	}
	double mcpp = median(cpp, runs), mc = median(c, runs), mo = median(o, runs);
	printf("%-10.*s %8.2f %8.2f %8.2f %7.0f%% %7.0f%%\n", name_len, base, mcpp * 1e3, mc * 1e3,
	       mo * 1e3, 100 * mcpp / mc, 100 * (mo - mc) / mo);
	return 0;
}
