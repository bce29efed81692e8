/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* cpp.c: P4 sources go through the system C preprocessor for #include and
 * #define. Its line markers are kept so that the lexer can point every
 * diagnostic at the user's own file and line. */
#include <errno.h>
#include <limits.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "frontend.h"

#ifndef P4LIB_DIR
#define P4LIB_DIR "/usr/local/share/p4ebpf/p4lib"
#endif

extern char **environ;

const char *cpp_default_p4lib_dir(void)
{
	static char found[PATH_MAX];
	return datadir_find("P4EBPF_P4LIB", "p4lib", "core.p4", P4LIB_DIR, found, sizeof(found));
}

typedef struct ArgList {
	char **argv;
	int argc, cap;
} ArgList;

static void arg_add(ArgList *args, const char *arg)
{
	if (args->argc + 2 > args->cap) {
		args->cap = args->cap ? args->cap * 2 : 32;
		args->argv = xrealloc(args->argv, (size_t)args->cap * sizeof(char *));
	}
	args->argv[args->argc++] = xstrdup(arg);
	args->argv[args->argc] = NULL;
}

static void arg_free(ArgList *args)
{
	for (int i = 0; i < args->argc; i++)
		free(args->argv[i]);
	free(args->argv);
}

int cpp_run(const CppOptions *opts, const char *file, StrBuf *out, Diag *diag)
{
	Loc nowhere = {0};
	struct stat st;
	if (stat(file, &st) != 0) {
		diag_error(diag, nowhere, "cannot open '%s': %s", file, strerror(errno));
		return -1;
	}
	if (S_ISDIR(st.st_mode)) {
		diag_error(diag, nowhere, "'%s' is a directory", file);
		return -1;
	}

	const char *cpp = getenv("P4EBPF_CPP");
	ArgList args = {0};
	arg_add(&args, cpp && *cpp ? cpp : "cpp");
	/* No predefined macros (`linux` would become 1) and no system headers. */
	arg_add(&args, "-undef");
	arg_add(&args, "-nostdinc");
	arg_add(&args, "-x");
	arg_add(&args, "c");
	arg_add(&args, "-D__P4EBPF__=1");
	/* Keep non-ASCII text as written (cpp would spell it as UCNs), and leave
	 * complaints about P4's tokens (unterminated strings...) to our lexer. */
	arg_add(&args, "-fno-extended-identifiers");
	arg_add(&args, "-w");
	for (int i = 0; i < opts->n_include_dirs; i++) {
		arg_add(&args, "-I");
		arg_add(&args, opts->include_dirs[i]);
	}
	if (opts->p4lib_dir) {
		arg_add(&args, "-I");
		arg_add(&args, opts->p4lib_dir);
	}
	for (int i = 0; i < opts->n_defines; i++) {
		arg_add(&args, "-D");
		arg_add(&args, opts->defines[i]);
	}
	arg_add(&args, file);

	int pipefd[2];
	if (pipe(pipefd) != 0) {
		diag_error(diag, nowhere, "cannot run the preprocessor: %s", strerror(errno));
		arg_free(&args);
		return -1;
	}
	posix_spawn_file_actions_t actions;
	posix_spawn_file_actions_init(&actions);
	posix_spawn_file_actions_adddup2(&actions, pipefd[1], STDOUT_FILENO);
	posix_spawn_file_actions_addclose(&actions, pipefd[0]);
	posix_spawn_file_actions_addclose(&actions, pipefd[1]);
	pid_t pid;
	int err = posix_spawnp(&pid, args.argv[0], &actions, NULL, args.argv, environ);
	posix_spawn_file_actions_destroy(&actions);
	close(pipefd[1]);
	if (err != 0) {
		diag_error(diag, nowhere, "cannot run the preprocessor '%s': %s", args.argv[0], strerror(err));
		close(pipefd[0]);
		arg_free(&args);
		return -1;
	}

	char buf[65536];
	ssize_t n;
	while ((n = read(pipefd[0], buf, sizeof(buf))) != 0) {
		if (n < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		strbuf_add(out, buf, (size_t)n);
	}
	close(pipefd[0]);
	int status;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	int ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
	if (!ok)
		diag_error(diag, nowhere, "preprocessing '%s' failed", file);
	arg_free(&args);
	strbuf_add(out, "", 0);
	return ok ? 0 : -1;
}
