/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* datadir.c: where the files the compiler reads at run time live (p4lib,
 * the runtime's BPF headers): named by an environment variable, or next to
 * the running compiler, in an installed tree or a build tree. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "frontend.h"

static bool has_file(const char *dir, const char *file)
{
	char path[PATH_MAX];
	struct stat st;
	if (snprintf(path, sizeof(path), "%s/%s", dir, file) >= (int)sizeof(path))
		return false;
	return stat(path, &st) == 0;
}

const char *datadir_find(const char *env_var, const char *share_subdir, const char *marker,
			 const char *fallback, char *buf, size_t size)
{
	const char *env = getenv(env_var);
	if (env && *env)
		return env;
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	char *slash = n > 0 ? (exe[n] = '\0', strrchr(exe, '/')) : NULL;
	if (slash) {
		*slash = '\0';
		/* PREFIX/bin -> PREFIX/share/p4ebpf/...; the build tree mirrors that layout. */
		int len = snprintf(buf, size, "%s/../share/p4ebpf/%s", exe, share_subdir);
		if (len > 0 && (size_t)len < size && has_file(buf, marker))
			return buf;
	}
	return fallback;
}
