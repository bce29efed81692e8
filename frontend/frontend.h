/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* frontend.h: the frontend's table of contents.
 *
 *   util.h, arena.c, strbuf.c, diag.c  locations, memory, strings, diagnostics
 *   ast.h, ast.c                       the syntax tree
 *   cpp.c                              running the C preprocessor (mcpp)
 *   datadir.c                          finding p4lib and other installed files
 *   lexer.l, parser.y, symtab.c        tokens, grammar, type-name scopes
 *   parse.c                            reading one preprocessed buffer into an AST
 *   pp.c                               printing an AST back as P4 source
 *   dump.c                             printing an AST as an indented tree
 *   summary.c                          what a program declares, in a few lines
 *   consteval.h, consteval.c           compile-time values (GMP), P4's operator semantics
 *   types.h, types.c                   the types of P4: making, comparing, printing them
 *   sema.h, scope.c, sema*.c           semantic analysis: names, types, checks, constants;
 *                                      sema.h maps its files and states what it leaves
 *                                      in the AST for the IR
 */
#ifndef P4EBPF_FRONTEND_H
#define P4EBPF_FRONTEND_H

#include "ast.h"
#include "util.h"

/* ---- cpp.c ---- */
typedef struct CppOptions {
	const char *const *include_dirs; /* -I, searched in order, before p4lib */
	int n_include_dirs;
	const char *const *defines; /* -D NAME[=VALUE] */
	int n_defines;
	const char *p4lib_dir; /* searched after the user's directories; may be NULL */
} CppOptions;

/* Runs the C preprocessor (mcpp, or $P4EBPF_CPP taking mcpp's options) on
 * `file` and appends its output to `out`, with gcc's line markers naming
 * files as gcc would. Returns 0, or -1 after reporting the failure; the
 * preprocessor's errors are reported as ours. */
int cpp_run(const CppOptions *opts, const char *file, StrBuf *out, Diag *diag);

/* Where p4lib is: $P4EBPF_P4LIB, else next to the running compiler (build
 * tree or installed tree), else the configured P4LIB_DIR. */
const char *cpp_default_p4lib_dir(void);

/* ---- datadir.c ---- */
/* $env_var if set; else BINDIR/../share/p4ebpf/share_subdir when it holds
 * `marker`; else `fallback`. The result may be `buf`. */
const char *datadir_find(const char *env_var, const char *share_subdir, const char *marker,
			 const char *fallback, char *buf, size_t size);

/* ---- parse.c ---- */
/* Parses preprocessed text that came from `name`. Returns the program (never
 * NULL, maybe partial); diag->errors tells whether it is trustworthy. */
Node *parse_buffer(Arena *arena, Diag *diag, const char *name, const char *text, size_t len);

/* ---- pp.c ---- */
/* Appends the program as P4 source that parses back to the same AST. */
void pp_program(StrBuf *out, const Node *program);

/* ---- dump.c ---- */
/* Appends an indented tree of the AST: kinds, names and values, with source
 * locations when `with_locations`. Two programs that mean the same have the
 * same dump without locations. */
void dump_ast(StrBuf *out, const Node *node, bool with_locations);

/* ---- sema.h ---- */
/* int sema_check(Arena *arena, Diag *diag, ConstPool *pool, Node *program):
 * checks the program and annotates the AST (sema.h has the contract);
 * returns the number of errors. */

/* ---- summary.c ---- */
/* Appends a short account of what the program declares (for the README's
 * first command and for people skimming a program). */
void summarize_program(StrBuf *out, const char *name, const Node *program);

#endif
