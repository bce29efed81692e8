/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* clang.c: what the driver needs around the generated C: finding the
 * runtime's BPF headers, running clang on the output, and make dependency
 * rules from the preprocessor's line markers. */
#include <errno.h>
#include <limits.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include "be.h"
#include "../frontend/frontend.h"

#ifndef P4EBPF_RUNTIME_DIR
#define P4EBPF_RUNTIME_DIR "/usr/local/share/p4ebpf/runtime/bpf"
#endif

extern char **environ;

const char *be_runtime_dir(void)
{
	static char found[PATH_MAX];
	return datadir_find("P4EBPF_RUNTIME", "runtime/bpf", "p4e.h", P4EBPF_RUNTIME_DIR, found,
			    sizeof(found));
}

/* The directory of asm/types.h for this machine: Debian keeps it under the
 * multiarch triplet, which clang -target bpf does not search. */
static const char *multiarch_include(char *buf, size_t size)
{
	struct utsname u;
	const char *triplet = "x86_64-linux-gnu";
	if (uname(&u) == 0) {
		if (strcmp(u.machine, "aarch64") == 0)
			triplet = "aarch64-linux-gnu";
		else if (strcmp(u.machine, "x86_64") != 0) {
			snprintf(buf, size, "/usr/include/%s-linux-gnu", u.machine);
			return buf;
		}
	}
	snprintf(buf, size, "/usr/include/%s", triplet);
	return buf;
}

/* clang writes to a temporary file that replaces `obj_path` only when it
 * succeeded, so a failed build never leaves a half-written object. */
int be_run_clang(const char *c_path, const char *obj_path, Diag *diag)
{
	const char *clang = getenv("CLANG");
	char inc_rt[PATH_MAX + 4], inc_arch[PATH_MAX + 4], arch[PATH_MAX];
	snprintf(inc_rt, sizeof(inc_rt), "-I%s", be_runtime_dir());
	snprintf(inc_arch, sizeof(inc_arch), "-I%s", multiarch_include(arch, sizeof(arch)));
	char *tmp = xmalloc(strlen(obj_path) + 16);
	sprintf(tmp, "%s.tmp.XXXXXX", obj_path);
	int fd = mkstemp(tmp);
	if (fd < 0) {
		diag_error(diag, (Loc){0}, "cannot write '%s': %s", obj_path, strerror(errno));
		free(tmp);
		return -1;
	}
	close(fd);
	char *argv[] = {
		(char *)(clang && *clang ? clang : "clang"),
		"-O2", "-g", "-target", "bpf", "-Wall", "-Wno-unused-variable", "-Wno-unused-but-set-variable",
		"-Wno-unused-function",
		"-Werror=implicit-function-declaration",
		inc_rt, inc_arch,
		"-c", (char *)c_path, "-o", tmp, NULL,
	};
	int rc = 0;
	pid_t pid;
	int err = posix_spawnp(&pid, argv[0], NULL, NULL, argv, environ);
	if (err) {
		diag_error(diag, (Loc){0}, "cannot run '%s': %s", argv[0], strerror(err));
		rc = -1;
	} else {
		int status;
		while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
			;
		if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
			diag_error(diag, (Loc){0}, "clang could not compile the generated C, kept in '%s'", c_path);
			rc = 1;
		} else if (rename(tmp, obj_path) != 0) {
			diag_error(diag, (Loc){0}, "cannot write '%s': %s", obj_path, strerror(errno));
			rc = -1;
		}
	}
	if (rc != 0)
		unlink(tmp);
	free(tmp);
	return rc;
}

/* ---- dependencies ---- */

static void add_dep(StrBuf *out, const char *s, size_t n)
{
	/* make's escapes: spaces and $ */
	for (size_t i = 0; i < n; i++) {
		if (s[i] == ' ')
			strbuf_puts(out, "\\ ");
		else if (s[i] == '$')
			strbuf_puts(out, "$$");
		else
			strbuf_add(out, &s[i], 1);
	}
}

void be_deps_rule(StrBuf *out, const char *target, const char *text, size_t len)
{
	/* Line markers: `# LINE "FILE" FLAGS`, one per file entered or left. */
	const char *files[1024];
	size_t lens[1024];
	int n = 0;
	const char *end = text + len;
	for (const char *s = text; s < end;) {
		const char *nl = memchr(s, '\n', (size_t)(end - s));
		const char *le = nl ? nl : end;
		if (s[0] == '#' && s + 2 < le && s[1] == ' ' && s[2] >= '0' && s[2] <= '9') {
			const char *q = memchr(s, '"', (size_t)(le - s));
			const char *q2 = q ? memchr(q + 1, '"', (size_t)(le - q - 1)) : NULL;
			if (q && q2 && q[1] != '<') {
				bool seen = false;
				for (int i = 0; i < n && !seen; i++)
					seen = lens[i] == (size_t)(q2 - q - 1) && memcmp(files[i], q + 1, lens[i]) == 0;
				if (!seen && n < 1024) {
					files[n] = q + 1;
					lens[n++] = (size_t)(q2 - q - 1);
				}
			}
		}
		s = le + 1;
	}
	strbuf_printf(out, "%s:", target);
	for (int i = 0; i < n; i++) {
		strbuf_puts(out, " \\\n ");
		add_dep(out, files[i], lens[i]);
	}
	strbuf_puts(out, "\n");
	/* Every file but the first (the input) gets an empty rule. */
	for (int i = 1; i < n; i++) {
		strbuf_puts(out, "\n");
		add_dep(out, files[i], lens[i]);
		strbuf_puts(out, ":\n");
	}
}
