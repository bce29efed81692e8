/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* cpp.c: P4 sources go through mcpp, a C preprocessor, for #include and
 * #define. Its line markers are kept so that the lexer can point every
 * diagnostic at the user's own file and line, and -MD can list every file
 * included; its error messages become ours.
 *
 * mcpp names some files by their absolute, symlink-free path and others by
 * the name the #include spelled. The markers are rewritten in gcc's form,
 * `# LINE "FILE"`, with each file named as gcc names it: the input as given,
 * an included file as its includer's directory or the -I directory (as given)
 * followed by the name the #include spelled.
 *
 * mcpp runs as its own process. Its library, libmcpp, would save starting
 * one, but its macro table lookup reads past the end of the names it stores,
 * and it leaks: in our process, the ASan build would report both as ours. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
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

/* ---- running mcpp ---- */

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

/* Predefined by mcpp even with -N: its own name and its build machine's CPU. */
static const char *const mcpp_predefined[] = {
	"__MCPP", "__amd64__", "__x86_64__", "__i386__", "__ppc__", "__powerpc__", "__ppc64__",
	"__powerpc64__", "__aarch64__", "__arm__",
};

static void mcpp_args(ArgList *args, const CppOptions *opts, const char *file)
{
	const char *cpp = getenv("P4EBPF_CPP"); /* another mcpp, for testing one */
	arg_add(args, cpp && *cpp ? cpp : "mcpp");
	/* No predefined macros (`linux` would become 1), no system directories. */
	arg_add(args, "-N");
	for (size_t i = 0; i < sizeof(mcpp_predefined) / sizeof(mcpp_predefined[0]); i++) {
		arg_add(args, "-U");
		arg_add(args, mcpp_predefined[i]);
	}
	arg_add(args, "-I-");
	/* C99 rather than C90: no complaints about line numbers past 32767. */
	arg_add(args, "-V199901L");
	/* Bytes as they are, whatever the locale: no multi-byte encoding, in
	 * which a byte of a character could be taken for a quote or backslash. */
	arg_add(args, "-e");
	arg_add(args, "C");
	/* Messages without the source line: ours quote it. */
	arg_add(args, "-j");
	/* Spaces and tabs as written (a comment becomes as many spaces), so that
	 * columns are the source's; gcc squeezed them, moving what followed. A
	 * macro's expansion still gets a space either side. */
	arg_add(args, "-k");
	arg_add(args, "-D__P4EBPF__=1");
	for (int i = 0; i < opts->n_include_dirs; i++) {
		arg_add(args, "-I");
		arg_add(args, opts->include_dirs[i]);
	}
	if (opts->p4lib_dir) {
		arg_add(args, "-I");
		arg_add(args, opts->p4lib_dir);
	}
	for (int i = 0; i < opts->n_defines; i++) {
		arg_add(args, "-D");
		arg_add(args, opts->defines[i]);
	}
	arg_add(args, file);
}

/* The environment without INCLUDE, which mcpp would search even with -I-. */
static char **mcpp_environ(void)
{
	size_t n = 0;
	while (environ[n])
		n++;
	char **env = xmalloc((n + 1) * sizeof(char *));
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (strncmp(environ[i], "INCLUDE=", 8) != 0)
			env[k++] = environ[i];
	env[k] = NULL;
	return env;
}

/* Runs argv with its standard output read into `out` and its standard error
 * into `err`. Returns its wait status, or -1 with errno set when it could not
 * be started. */
static int run_capture(char **argv, StrBuf *out, StrBuf *err)
{
	int po[2], pe[2];
	if (pipe2(po, O_CLOEXEC) != 0)
		return -1;
	if (pipe2(pe, O_CLOEXEC) != 0) {
		int saved = errno;
		close(po[0]);
		close(po[1]);
		errno = saved;
		return -1;
	}
	posix_spawn_file_actions_t actions;
	posix_spawn_file_actions_init(&actions);
	posix_spawn_file_actions_adddup2(&actions, po[1], STDOUT_FILENO);
	posix_spawn_file_actions_adddup2(&actions, pe[1], STDERR_FILENO);
	char **env = mcpp_environ();
	pid_t pid;
	int rc = posix_spawnp(&pid, argv[0], &actions, NULL, argv, env);
	posix_spawn_file_actions_destroy(&actions);
	free(env);
	close(po[1]);
	close(pe[1]);
	if (rc != 0) {
		close(po[0]);
		close(pe[0]);
		errno = rc;
		return -1;
	}

	/* Both at once: mcpp blocks on a full pipe that nobody reads. */
	struct pollfd fds[2] = {{.fd = po[0], .events = POLLIN}, {.fd = pe[0], .events = POLLIN}};
	StrBuf *bufs[2] = {out, err};
	int open = 2;
	while (open > 0) {
		if (poll(fds, 2, -1) < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		for (int i = 0; i < 2; i++) {
			if (fds[i].fd < 0 || !fds[i].revents)
				continue;
			char buf[65536];
			ssize_t n = read(fds[i].fd, buf, sizeof(buf));
			if (n > 0) {
				strbuf_add(bufs[i], buf, (size_t)n);
			} else if (n == 0 || errno != EINTR) {
				close(fds[i].fd);
				fds[i].fd = -1;
				open--;
			}
		}
	}
	for (int i = 0; i < 2; i++)
		if (fds[i].fd >= 0)
			close(fds[i].fd);
	int status;
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return -1;
	return status;
}

/* ---- naming files as gcc does ---- */

/* A file mcpp read: the name it printed and the name we give it. */
typedef struct CppFile {
	char *mcpp_name, *name;
	dev_t dev;
	ino_t ino;
} CppFile;

typedef struct Names {
	const CppOptions *opts;
	const char *input;
	CppFile *files; /* every file seen, in order */
	int n_files, cap_files;
	int *stack; /* indices into files: the input, then what it includes... */
	int depth, cap_stack;
} Names;

static char *dup_n(const char *s, size_t n)
{
	char *d = xmalloc(n + 1);
	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

/* The first `dir_len` bytes of DIR followed by REST, as gcc joins an include
 * directory or the includer's directory ("" or ending in '/') and the name
 * an #include spelled. */
static char *path_join(const char *dir, size_t dir_len, const char *rest)
{
	bool slash = dir_len > 0 && dir[dir_len - 1] != '/';
	char *path = xmalloc(dir_len + slash + strlen(rest) + 1);
	memcpy(path, dir, dir_len);
	if (slash)
		path[dir_len] = '/';
	strcpy(path + dir_len + slash, rest);
	return path;
}

static bool same_file(const char *a, const struct stat *b)
{
	struct stat st;
	return stat(a, &st) == 0 && st.st_dev == b->st_dev && st.st_ino == b->st_ino;
}

/* The directories an #include from `includer` searches, in gcc's order: the
 * includer's own, then -I, then p4lib. Returns false past the last one. */
static bool search_dir(const Names *nm, const char *includer, int i, const char **dir,
		       size_t *len)
{
	if (i == 0) {
		const char *slash = strrchr(includer, '/');
		*dir = includer;
		*len = slash ? (size_t)(slash - includer + 1) : 0;
		return true;
	}
	i--;
	if (i < nm->opts->n_include_dirs)
		*dir = nm->opts->include_dirs[i];
	else if (i == nm->opts->n_include_dirs && nm->opts->p4lib_dir)
		*dir = nm->opts->p4lib_dir;
	else
		return false;
	*len = strlen(*dir);
	return true;
}

/* gcc's name for the file mcpp calls `p`, which `includer` included. */
static char *gcc_name(const Names *nm, const char *includer, const char *p)
{
	const char *dir;
	size_t len;
	if (p[0] != '/') {
		/* The #include's own spelling, relative to the directory it was
		 * found in: the includer's, or failing that an -I directory. */
		for (int i = 0; search_dir(nm, includer, i, &dir, &len); i++) {
			char *path = path_join(dir, len, p);
			struct stat st;
			if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
				return path;
			free(path);
		}
		return xstrdup(p);
	}
	/* An absolute path without symlinks: under which directory? */
	struct stat target;
	if (stat(p, &target) != 0)
		return xstrdup(p);
	for (int i = 0; search_dir(nm, includer, i, &dir, &len); i++) {
		char *d = len ? dup_n(dir, len) : xstrdup(".");
		char real[PATH_MAX];
		bool ok = realpath(d, real) != NULL;
		free(d);
		size_t rlen = ok ? strlen(real) : 0;
		if (!ok || strncmp(p, real, rlen) != 0 || (rlen > 1 && p[rlen] != '/'))
			continue;
		char *path = path_join(dir, len, p + rlen + (rlen > 1));
		if (same_file(path, &target))
			return path;
		free(path);
	}
	return xstrdup(p);
}

static void names_push(Names *nm, int file)
{
	if (nm->depth == nm->cap_stack) {
		nm->cap_stack = nm->cap_stack ? nm->cap_stack * 2 : 16;
		nm->stack = xrealloc(nm->stack, (size_t)nm->cap_stack * sizeof(int));
	}
	nm->stack[nm->depth++] = file;
}

/* Our name for the file of a marker `#line LINE "P"`: the file being read,
 * one being returned to, or one entered from the file being read. mcpp
 * enters every file at line 1, and returns past an #include's line. */
static const char *names_marker(Names *nm, const char *p, long line)
{
	if (nm->depth && strcmp(nm->files[nm->stack[nm->depth - 1]].mcpp_name, p) == 0)
		return nm->files[nm->stack[nm->depth - 1]].name;
	for (int d = nm->depth - 2; d >= 0 && line != 1; d--) {
		if (strcmp(nm->files[nm->stack[d]].mcpp_name, p) == 0) {
			nm->depth = d + 1;
			return nm->files[nm->stack[d]].name;
		}
	}
	if (nm->n_files == nm->cap_files) {
		nm->cap_files = nm->cap_files ? nm->cap_files * 2 : 16;
		nm->files = xrealloc(nm->files, (size_t)nm->cap_files * sizeof(CppFile));
	}
	CppFile *f = &nm->files[nm->n_files];
	*f = (CppFile){.mcpp_name = xstrdup(p)};
	f->name = nm->depth ? gcc_name(nm, nm->files[nm->stack[nm->depth - 1]].name, p)
			    : xstrdup(nm->input);
	struct stat st;
	if (stat(f->name, &st) == 0) {
		f->dev = st.st_dev;
		f->ino = st.st_ino;
	}
	names_push(nm, nm->n_files++);
	return f->name;
}

/* Our name for a file that mcpp's messages name by its full path. */
static const char *names_message(const Names *nm, const char *p)
{
	struct stat st;
	if (stat(p, &st) == 0)
		for (int i = 0; i < nm->n_files; i++)
			if (nm->files[i].dev == st.st_dev && nm->files[i].ino == st.st_ino)
				return nm->files[i].name;
	return p;
}

static void names_free(Names *nm)
{
	for (int i = 0; i < nm->n_files; i++) {
		free(nm->files[i].mcpp_name);
		free(nm->files[i].name);
	}
	free(nm->files);
	free(nm->stack);
}

/* ---- mcpp's output and messages ---- */

/* Copies mcpp's output to `out` with each `#line N "FILE"` rewritten. */
static void rewrite_markers(Names *nm, const char *text, size_t len, StrBuf *out)
{
	const char *end = text + len;
	const char *cur = NULL;
	for (const char *s = text; s < end;) {
		const char *nl = memchr(s, '\n', (size_t)(end - s));
		const char *le = nl ? nl : end;
		if (le - s > 6 && memcmp(s, "#line ", 6) == 0) {
			long line = strtol(s + 6, NULL, 10);
			const char *q = memchr(s, '"', (size_t)(le - s));
			const char *q2 = le;
			while (q && q2 > q + 1 && q2[-1] != '"')
				q2--;
			if (q && q2 > q + 1) {
				char *p = dup_n(q + 1, (size_t)(q2 - 1 - (q + 1)));
				cur = names_marker(nm, p, line);
				free(p);
			}
			strbuf_printf(out, "# %ld \"%s\"\n", line, cur ? cur : nm->input);
		} else {
			strbuf_add(out, s, (size_t)(le - s) + (nl != NULL));
		}
		s = le + 1;
	}
}

/* mcpp reports lexical errors at column 1 (a string left open) or at the end
 * of the file (a comment left open); gcc pointed at where they start, and so
 * do we: the opening quote, or the comment opener after the last closer. */
static void locate_opening(Loc *loc, const char *msg)
{
	bool string = strstr(msg, "unterminated string") != NULL;
	if (!string && !strstr(msg, "unterminated comment"))
		return;
	FILE *f = fopen(loc->file, "r");
	StrBuf text = {0};
	if (!f || strbuf_read(&text, f) != 0 || !text.data) {
		if (f)
			fclose(f);
		strbuf_free(&text);
		return;
	}
	fclose(f);
	const char *start = text.data, *end = text.data + text.len, *at = NULL;
	if (string) {
		for (int n = 1; n < loc->line && start < end; n++) {
			const char *nl = memchr(start, '\n', (size_t)(end - start));
			start = nl ? nl + 1 : end;
		}
		for (const char *c = start; c < end && *c != '\n'; c++) {
			if (*c == '\\' && at)
				c++;
			else if (*c == '"')
				at = at ? NULL : c;
		}
	} else {
		for (const char *c = start; c + 1 < end; c++) {
			if (c[0] == '*' && c[1] == '/')
				at = NULL;
			else if (c[0] == '/' && c[1] == '*' && !at)
				at = c;
		}
	}
	if (at) {
		int line = 1;
		const char *bol = text.data;
		for (const char *c = text.data; c < at; c++)
			if (*c == '\n') {
				line++;
				bol = c + 1;
			}
		loc->line = line;
		loc->col = (int)(at - bol) + 1;
	}
	strbuf_free(&text);
}

/* Reports mcpp's messages, `FILE:LINE: SEVERITY: MESSAGE` one a line, as
 * ours. Its warnings are left out, as gcc's -w would, but for a comment left
 * open, which mcpp closes with a warning and gcc calls an error. Returns the
 * number of errors; lines it could not read are appended to `rest`. */
static int report_messages(const Names *nm, const char *text, size_t len, Diag *diag,
			   StrBuf *rest)
{
	static const char *const severities[] = {": error: ", ": fatal error: ", ": warning: "};
	int errors = 0;
	const char *end = text + len;
	for (const char *s = text; s < end;) {
		const char *nl = memchr(s, '\n', (size_t)(end - s));
		const char *le = nl ? nl : end;
		char *line = dup_n(s, (size_t)(le - s));
		s = le + 1;
		char *p = line + strspn(line, " \t"), *sev = NULL;
		int k = 0;
		for (; k < 3 && !(sev = strstr(p, severities[k])); k++)
			;
		/* FILE:LINE before the severity */
		char *colon = sev;
		while (colon && colon > p && colon[-1] >= '0' && colon[-1] <= '9')
			colon--;
		if (!sev || colon == sev || colon == p || colon[-1] != ':') {
			if (*p)
				strbuf_printf(rest, "%s\n", p);
			free(line);
			continue;
		}
		colon[-1] = '\0';
		char *msg = sev + strlen(severities[k]);
		/* Ours start in lower case: "Can't open" -> "can't open". */
		if (msg[0] >= 'A' && msg[0] <= 'Z' && msg[1] >= 'a' && msg[1] <= 'z')
			msg[0] = (char)(msg[0] - 'A' + 'a');
		Loc loc = {names_message(nm, p), (int)strtol(colon, NULL, 10), 1};
		locate_opening(&loc, msg);
		if (k == 2 && strstr(msg, "unterminated comment")) {
			diag_error(diag, loc, "unterminated comment");
			errors++;
		} else if (k != 2) {
			diag_error(diag, loc, "%s", msg);
			errors++;
		}
		free(line);
	}
	return errors;
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

	ArgList args = {0};
	mcpp_args(&args, opts, file);
	StrBuf text = {0}, messages = {0}, rest = {0};
	int status = run_capture(args.argv, &text, &messages);
	if (status < 0) {
		int err = errno;
		bool ours = strcmp(args.argv[0], "mcpp") == 0;
		diag_error(diag, nowhere, "cannot run the preprocessor '%s': %s%s", args.argv[0],
			   strerror(err), ours && err == ENOENT ? " (Debian's package mcpp has it)" : "");
		strbuf_free(&text);
		strbuf_free(&messages);
		arg_free(&args);
		return -1;
	}

	Names nm = {.opts = opts, .input = file};
	rewrite_markers(&nm, text.data, text.len, out);
	strbuf_add(out, "", 0);
	int errors = report_messages(&nm, messages.data, messages.len, diag, &rest);
	int rc = errors ? -1 : 0;
	if (errors == 0 && !(WIFEXITED(status) && WEXITSTATUS(status) == 0)) {
		/* No message of its own that we could read: show what it said. */
		if (rest.len)
			fwrite(rest.data, 1, rest.len, diag->out);
		if (WIFSIGNALED(status))
			diag_error(diag, nowhere, "preprocessing '%s' failed: %s was killed by signal %d",
				   file, args.argv[0], WTERMSIG(status));
		else
			diag_error(diag, nowhere, "preprocessing '%s' failed: %s exited with status %d",
				   file, args.argv[0], WEXITSTATUS(status));
		rc = -1;
	}
	names_free(&nm);
	strbuf_free(&text);
	strbuf_free(&messages);
	strbuf_free(&rest);
	arg_free(&args);
	return rc;
}
