/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* p4c-ebpf.c: the compiler driver. It runs the stages in order and stops
 * after the first stage that reported errors. */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../frontend/frontend.h"

#ifndef P4EBPF_VERSION
#define P4EBPF_VERSION "0.1.0"
#endif

typedef enum Mode { MODE_PARSE_ONLY, MODE_PP, MODE_DUMP_AST, MODE_SUMMARY } Mode;

typedef struct Options {
	Mode mode;
	const char **include_dirs;
	int n_include_dirs;
	const char **defines;
	int n_defines;
	bool no_cpp;
	bool locations;
	const char *output;
	const char *input;
} Options;

static void usage(FILE *out)
{
	fputs("usage: p4c-ebpf [OPTIONS] FILE.p4\n"
	      "\n"
	      "  --parse-only      parse FILE and report errors; write nothing\n"
	      "  --pp              print FILE back as P4 source\n"
	      "  --dump-ast        print FILE's syntax tree\n"
	      "  --summary         print what FILE declares\n"
	      "  -I DIR            search DIR for #include files (before p4lib)\n"
	      "  -D NAME[=VALUE]   define a preprocessor macro\n"
	      "  --no-cpp          read FILE as it is, without the preprocessor\n"
	      "  --locations       with --dump-ast: show source locations\n"
	      "  -o FILE           write the output to FILE instead of stdout\n"
	      "  -h, --help        show this help\n"
	      "  --version         show the version\n",
	      out);
}

static void push(const char ***list, int *n, const char *item)
{
	*list = xrealloc(*list, (size_t)(*n + 1) * sizeof(char *));
	(*list)[(*n)++] = item;
}

/* Returns -1 to exit with failure, 1 to exit with success, 0 to go on. */
static int parse_options(int argc, char **argv, Options *opts)
{
	enum { OPT_PARSE_ONLY = 256, OPT_PP, OPT_DUMP_AST, OPT_SUMMARY, OPT_NO_CPP, OPT_LOCATIONS, OPT_VERSION };
	static const struct option long_options[] = {
		{"parse-only", no_argument, NULL, OPT_PARSE_ONLY},
		{"pp", no_argument, NULL, OPT_PP},
		{"dump-ast", no_argument, NULL, OPT_DUMP_AST},
		{"summary", no_argument, NULL, OPT_SUMMARY},
		{"no-cpp", no_argument, NULL, OPT_NO_CPP},
		{"locations", no_argument, NULL, OPT_LOCATIONS},
		{"help", no_argument, NULL, 'h'},
		{"version", no_argument, NULL, OPT_VERSION},
		{0},
	};
	int c;
	while ((c = getopt_long(argc, argv, "hI:D:o:", long_options, NULL)) != -1) {
		switch (c) {
		case OPT_PARSE_ONLY: opts->mode = MODE_PARSE_ONLY; break;
		case OPT_PP: opts->mode = MODE_PP; break;
		case OPT_DUMP_AST: opts->mode = MODE_DUMP_AST; break;
		case OPT_SUMMARY: opts->mode = MODE_SUMMARY; break;
		case OPT_NO_CPP: opts->no_cpp = true; break;
		case OPT_LOCATIONS: opts->locations = true; break;
		case 'I': push(&opts->include_dirs, &opts->n_include_dirs, optarg); break;
		case 'D': push(&opts->defines, &opts->n_defines, optarg); break;
		case 'o': opts->output = optarg; break;
		case 'h': usage(stdout); return 1;
		case OPT_VERSION: printf("p4c-ebpf %s\n", P4EBPF_VERSION); return 1;
		default: usage(stderr); return -1;
		}
	}
	if (optind + 1 != argc) {
		fprintf(stderr, "p4c-ebpf: %s\n", optind == argc ? "no input file" : "more than one input file");
		usage(stderr);
		return -1;
	}
	opts->input = argv[optind];
	return 0;
}

static int read_file(const char *path, StrBuf *out, Diag *diag)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		diag_error(diag, (Loc){0}, "cannot open '%s': %s", path, strerror(errno));
		return -1;
	}
	char buf[65536];
	size_t n;
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		strbuf_add(out, buf, n);
	int failed = ferror(f);
	fclose(f);
	strbuf_add(out, "", 0);
	if (failed)
		diag_error(diag, (Loc){0}, "cannot read '%s'", path);
	return failed ? -1 : 0;
}

/* Writes `text` to `path` through a temporary file, so that a failed run
 * never leaves a half-written output behind. */
static int write_output(const char *path, const char *text, size_t len, Diag *diag)
{
	if (!path) {
		fwrite(text, 1, len, stdout);
		return fflush(stdout) == 0 ? 0 : -1;
	}
	char *tmp = xmalloc(strlen(path) + 16);
	sprintf(tmp, "%s.tmp.XXXXXX", path);
	int fd = mkstemp(tmp);
	FILE *f = fd >= 0 ? fdopen(fd, "wb") : NULL;
	int ok = f && fwrite(text, 1, len, f) == len;
	ok = f && fclose(f) == 0 && ok;
	if (ok && rename(tmp, path) == 0) {
		free(tmp);
		return 0;
	}
	diag_error(diag, (Loc){0}, "cannot write '%s': %s", path, strerror(errno));
	if (fd >= 0)
		unlink(tmp);
	free(tmp);
	return -1;
}

int main(int argc, char **argv)
{
	Options opts = {0};
	int rc = parse_options(argc, argv, &opts);
	if (rc)
		return rc < 0 ? 2 : 0;

	Diag diag;
	diag_init(&diag, stderr);
	Arena arena = {0};
	StrBuf source = {0}, output = {0};

	if (opts.no_cpp) {
		rc = read_file(opts.input, &source, &diag);
		if (rc == 0)
			diag_add_source(&diag, opts.input, source.data, source.len);
	} else {
		CppOptions cpp = {
			.include_dirs = opts.include_dirs,
			.n_include_dirs = opts.n_include_dirs,
			.defines = opts.defines,
			.n_defines = opts.n_defines,
			.p4lib_dir = cpp_default_p4lib_dir(),
		};
		rc = cpp_run(&cpp, opts.input, &source, &diag);
	}
	if (rc == 0) {
		Node *program = parse_buffer(&arena, &diag, opts.input, source.data, source.len);
		if (diag.errors == 0) {
			switch (opts.mode) {
			case MODE_PARSE_ONLY: break;
			case MODE_PP: pp_program(&output, program); break;
			case MODE_DUMP_AST: dump_ast(&output, program, opts.locations); break;
			case MODE_SUMMARY: summarize_program(&output, opts.input, program); break;
			}
			if (output.len)
				rc = write_output(opts.output, output.data, output.len, &diag);
		}
	}
	if (diag.errors > 0)
		fprintf(stderr, "%d error%s generated.\n", diag.errors, diag.errors == 1 ? "" : "s");
	int status = diag.errors > 0 || rc != 0;
	strbuf_free(&source);
	strbuf_free(&output);
	arena_free(&arena);
	diag_free(&diag);
	free(opts.include_dirs);
	free(opts.defines);
	return status;
}
