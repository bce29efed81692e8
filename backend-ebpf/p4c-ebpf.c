/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* p4c-ebpf.c: the compiler driver. It runs the stages in order and stops
 * after the first stage that reported errors. */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../frontend/frontend.h"
#include "../frontend/sema.h"
#include "../ir/ir.h"
#include "be.h"

#ifndef P4EBPF_VERSION
#define P4EBPF_VERSION "0.1.0"
#endif

typedef enum Mode { MODE_COMPILE, MODE_PARSE_ONLY, MODE_CHECK, MODE_PP, MODE_DUMP_AST, MODE_SUMMARY, MODE_DUMP_IR, MODE_EMIT_EXTERNS } Mode;

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
	const char *dump_ir_after; /* --dump-ir-after=PASS */
	/* compiling (backend-ebpf/be.h) */
	const char *arch;          /* --arch */
	const char **extern_files; /* --extern-file */
	int n_extern_files;
	bool deps;                 /* -MD: write OUT's stem.d */
	const char *deps_file;     /* -MF FILE */
} Options;

static void usage(FILE *out)
{
	fputs("usage: p4c-ebpf [OPTIONS] FILE.p4\n"
	      "\n"
	      "Compiles FILE for one of p4c's eBPF architectures (ebpfFilter, xdp). With\n"
	      "-o OUT.c it writes the eBPF C, with -o OUT.o (or OUT.bpf.o) it also runs clang;\n"
	      "either way OUT's stem + .json describes the tables for nfctl. Without -o the\n"
	      "C goes to stdout.\n"
	      "\n"
	      "  --arch ARCH       filter: an ebpfFilter on TC (the default for ebpfFilter);\n"
	      "                    xdp: on XDP (an ebpfFilter, or the xdp package); tc: on TC\n"
	      "  --extern-file F.c compile F.c into the program: it defines the extern\n"
	      "                    functions the P4 program declares\n"
	      "  --emit-externs    print the C prototypes an --extern-file must define\n"
	      "  -MD               also write make dependencies to OUT's stem + .d\n"
	      "  -MF FILE          write make dependencies to FILE\n"
	      "  --parse-only      parse FILE and report errors; write nothing\n"
	      "  --check           parse and type-check FILE, report errors; write nothing\n"
	      "  --pp              print FILE back as P4 source\n"
	      "  --dump-ast        print FILE's syntax tree\n"
	      "  --summary         print what FILE declares\n"
	      "  --dump-ir         parse, check and lower FILE; print the IR after the last pass\n"
	      "  --dump-ir-after=PASS  print the IR after PASS and stop there\n"
	      "  --list-passes     list the IR passes in the order they run\n"
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

static void list_passes(void)
{
	int n;
	const IrPass *passes = ir_passes(&n);
	for (int i = 0; i < n; i++)
		printf("%-14s %s\n", passes[i].name, passes[i].help);
}

/* Returns -1 to exit with failure, 1 to exit with success, 0 to go on. */
static int parse_options(int argc, char **argv, Options *opts)
{
	enum {
		OPT_PARSE_ONLY = 256,
		OPT_CHECK,
		OPT_PP,
		OPT_DUMP_AST,
		OPT_SUMMARY,
		OPT_NO_CPP,
		OPT_LOCATIONS,
		OPT_VERSION,
		OPT_DUMP_IR,
		OPT_DUMP_IR_AFTER,
		OPT_LIST_PASSES,
		OPT_ARCH,
		OPT_EXTERN_FILE,
		OPT_EMIT_EXTERNS,
		OPT_MD,
		OPT_MF,
	};
	static const struct option long_options[] = {
		{"parse-only", no_argument, NULL, OPT_PARSE_ONLY},
		{"check", no_argument, NULL, OPT_CHECK},
		{"pp", no_argument, NULL, OPT_PP},
		{"dump-ast", no_argument, NULL, OPT_DUMP_AST},
		{"summary", no_argument, NULL, OPT_SUMMARY},
		{"dump-ir", no_argument, NULL, OPT_DUMP_IR},
		{"dump-ir-after", required_argument, NULL, OPT_DUMP_IR_AFTER},
		{"list-passes", no_argument, NULL, OPT_LIST_PASSES},
		{"arch", required_argument, NULL, OPT_ARCH},
		{"extern-file", required_argument, NULL, OPT_EXTERN_FILE},
		{"emit-externs", no_argument, NULL, OPT_EMIT_EXTERNS},
		{"MD", no_argument, NULL, OPT_MD},
		{"MF", required_argument, NULL, OPT_MF},
		{"no-cpp", no_argument, NULL, OPT_NO_CPP},
		{"locations", no_argument, NULL, OPT_LOCATIONS},
		{"help", no_argument, NULL, 'h'},
		{"version", no_argument, NULL, OPT_VERSION},
		{0},
	};
	/* -MD and -MF as cc spells them. */
	for (int i = 1; i < argc; i++)
		if (strcmp(argv[i], "-MD") == 0 || strcmp(argv[i], "-MF") == 0)
			argv[i] = strcmp(argv[i], "-MD") == 0 ? "--MD" : "--MF";
	int c;
	while ((c = getopt_long(argc, argv, "hI:D:o:", long_options, NULL)) != -1) {
		switch (c) {
		case OPT_PARSE_ONLY: opts->mode = MODE_PARSE_ONLY; break;
		case OPT_CHECK: opts->mode = MODE_CHECK; break;
		case OPT_PP: opts->mode = MODE_PP; break;
		case OPT_DUMP_AST: opts->mode = MODE_DUMP_AST; break;
		case OPT_SUMMARY: opts->mode = MODE_SUMMARY; break;
		case OPT_DUMP_IR: opts->mode = MODE_DUMP_IR; break;
		case OPT_DUMP_IR_AFTER:
			if (!ir_pass_find(optarg)) {
				StrBuf names = {0};
				ir_pass_names(&names);
				fprintf(stderr, "p4c-ebpf: unknown pass '%s' in --dump-ir-after; the passes are: %s\n",
					optarg, names.data);
				strbuf_free(&names);
				return -1;
			}
			opts->mode = MODE_DUMP_IR;
			opts->dump_ir_after = optarg;
			break;
		case OPT_LIST_PASSES: list_passes(); return 1;
		case OPT_ARCH:
			if (strcmp(optarg, "filter") && strcmp(optarg, "xdp") && strcmp(optarg, "tc")) {
				fprintf(stderr, "p4c-ebpf: unknown --arch '%s': use filter, xdp or tc\n", optarg);
				return -1;
			}
			opts->arch = optarg;
			break;
		case OPT_EXTERN_FILE: push(&opts->extern_files, &opts->n_extern_files, optarg); break;
		case OPT_EMIT_EXTERNS: opts->mode = MODE_EMIT_EXTERNS; break;
		case OPT_MD: opts->deps = true; break;
		case OPT_MF: opts->deps = true; opts->deps_file = optarg; break;
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
	int failed = strbuf_read(out, f);
	fclose(f);
	if (failed)
		diag_error(diag, (Loc){0}, "cannot read '%s'", path);
	return failed ? -1 : 0;
}

/* The output goes to stdout, or through be_write_file's temporary file, so
 * that a failed run never leaves a half-written output behind. */
static int write_output(const char *path, const char *text, size_t len, Diag *diag)
{
	if (path)
		return be_write_file(path, text, len, diag);
	fwrite(text, 1, len, stdout);
	return fflush(stdout) == 0 ? 0 : -1;
}

/* Parse, check, lower and run the IR passes; the IR goes to `out` when they
 * all (up to --dump-ir-after's pass) succeeded. */
static void dump_ir(Arena *arena, Diag *diag, Node *program, const Options *opts, StrBuf *out)
{
	ConstPool *pool = const_pool_new();
	if (sema_check(arena, diag, pool, program) == 0) {
		IrProgram *ir = ir_program_new(arena, diag, pool, program, opts->input);
		if (ir_run_passes(ir, opts->dump_ir_after) == 0 && diag->errors == 0)
			ir_dump(out, ir);
	}
	const_pool_free(pool);
}

/* OUT without its .bpf.o, .o or .c suffix. */
static char *output_stem(const char *out)
{
	static const char *const suffixes[] = {".bpf.o", ".o", ".c"};
	size_t n = strlen(out);
	for (size_t i = 0; i < sizeof(suffixes) / sizeof(suffixes[0]); i++) {
		size_t k = strlen(suffixes[i]);
		if (n > k && strcmp(out + n - k, suffixes[i]) == 0)
		{
			char *r = xmalloc(n - k + 1);
			memcpy(r, out, n - k);
			r[n - k] = '\0';
			return r;
		}
	}
	return xstrdup(out);
}

static bool ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);
	return n >= k && strcmp(s + n - k, suffix) == 0;
}

/* Parse, check, lower, run the passes, generate: the C and the description
 * go next to -o's file, the object through clang when it ends in .o. */
static int compile(Arena *arena, Diag *diag, Node *program, const Options *opts, const StrBuf *cpp_out,
		   StrBuf *out)
{
	ConstPool *pool = const_pool_new();
	int rc = -1;
	char *stem = opts->output ? output_stem(opts->output) : xstrdup(opts->input);
	if (!opts->output && ends_with(stem, ".p4"))
		stem[strlen(stem) - 3] = '\0';
	const char *base = strrchr(stem, '/');
	BeOptions be = {
		.arch = opts->arch,
		.name = base ? base + 1 : stem,
		.source = opts->input,
		.extern_files = opts->extern_files,
		.n_extern_files = opts->n_extern_files,
	};
	StrBuf c = {0}, json = {0}, deps = {0};
	if (sema_check(arena, diag, pool, program) != 0)
		goto out;
	IrProgram *ir = ir_program_new(arena, diag, pool, program, opts->input);
	if (ir_run_passes(ir, NULL) != 0 || diag->errors)
		goto out;
	if (opts->mode == MODE_EMIT_EXTERNS) {
		be_emit_externs(ir, &be, out);
		rc = 0;
		goto out;
	}
	if (be_generate(ir, &be, &c, &json) != 0 || diag->errors)
		goto out;
	if (!opts->output) {
		if (c.len)
			strbuf_add(out, c.data, c.len);
		rc = 0;
		goto out;
	}
	char *json_path = xmalloc(strlen(stem) + 8);
	sprintf(json_path, "%s.json", stem);
	if (ends_with(opts->output, ".o")) {
		/* The C next to the object, for clang's messages, then removed. */
		char *c_path = xmalloc(strlen(stem) + 32);
		sprintf(c_path, "%s.p4ebpf-%d.c", stem, (int)getpid());
		rc = be_write_file(c_path, c.data, c.len, diag);
		if (rc == 0)
			rc = be_run_clang(c_path, opts->output, diag);
		/* Kept when clang failed, for the bug report. */
		if (rc <= 0)
			unlink(c_path);
		rc = rc > 0 ? -1 : rc;
		free(c_path);
	} else {
		rc = be_write_file(opts->output, c.data, c.len, diag);
	}
	if (rc == 0)
		rc = be_write_file(json_path, json.data, json.len, diag);
	if (rc == 0 && opts->deps && !opts->no_cpp) {
		char *target = xmalloc(strlen(opts->output) + strlen(json_path) + 2);
		sprintf(target, "%s %s", opts->output, json_path);
		be_deps_rule(&deps, target, cpp_out->data, cpp_out->len);
		free(target);
		char *dpath = xmalloc(strlen(stem) + 8);
		sprintf(dpath, "%s.d", stem);
		rc = be_write_file(opts->deps_file ? opts->deps_file : dpath, deps.data, deps.len, diag);
		free(dpath);
	}
	free(json_path);
out:
	strbuf_free(&c);
	strbuf_free(&json);
	strbuf_free(&deps);
	free(stem);
	const_pool_free(pool);
	return rc;
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
			case MODE_CHECK: {
				ConstPool *pool = const_pool_new();
				sema_check(&arena, &diag, pool, program);
				const_pool_free(pool);
				break;
			}
			case MODE_PP: pp_program(&output, program); break;
			case MODE_DUMP_AST: dump_ast(&output, program, opts.locations); break;
			case MODE_SUMMARY: summarize_program(&output, opts.input, program); break;
			case MODE_DUMP_IR: dump_ir(&arena, &diag, program, &opts, &output); break;
			case MODE_COMPILE:
			case MODE_EMIT_EXTERNS:
				if (compile(&arena, &diag, program, &opts, &source, &output) != 0 && diag.errors == 0)
					rc = -1;
				if (opts.mode == MODE_COMPILE && opts.output) {
					output.len = 0; /* written already */
					goto done;
				}
				break;
			}
			if (output.len)
				rc = write_output(opts.output, output.data, output.len, &diag);
		}
	}
done:
	if (diag.errors > 0)
		fprintf(stderr, "%d error%s generated.\n", diag.errors, diag.errors == 1 ? "" : "s");
	int status = diag.errors > 0 || rc != 0;
	strbuf_free(&source);
	strbuf_free(&output);
	arena_free(&arena);
	diag_free(&diag);
	free(opts.include_dirs);
	free(opts.defines);
	free(opts.extern_files);
	return status;
}
