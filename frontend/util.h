/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* util.h: what every stage of the compiler shares: source locations, the
 * arena all compiler memory comes from, growable strings and diagnostics. */
#ifndef P4EBPF_UTIL_H
#define P4EBPF_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* A place in the user's source: the file cpp's line markers named, 1-based. */
typedef struct Loc {
	const char *file;
	int line;
	int col;
} Loc;

/* ---- arena.c: allocate, never free one by one; free everything at once. ---- */
typedef struct ArenaChunk ArenaChunk;
typedef struct Arena {
	ArenaChunk *chunks;
	size_t used_in_chunk; /* bytes used in chunks (the newest) */
	size_t total;         /* bytes handed out, for the benchmarks */
} Arena;

void *arena_alloc(Arena *arena, size_t size); /* zeroed; aborts when out of memory */
char *arena_strndup(Arena *arena, const char *s, size_t len);
char *arena_strdup(Arena *arena, const char *s);
char *arena_printf(Arena *arena, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void arena_free(Arena *arena);

/* The one funnel for out-of-memory from malloc and friends. */
void *xmalloc(size_t size);
void *xrealloc(void *ptr, size_t size);
char *xstrdup(const char *s);

/* ---- strbuf.c: a growable string (malloc'ed; strbuf_free releases it). ---- */
typedef struct StrBuf {
	char *data;
	size_t len;
	size_t cap;
} StrBuf;

void strbuf_add(StrBuf *sb, const char *s, size_t len);
void strbuf_puts(StrBuf *sb, const char *s);
void strbuf_printf(StrBuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void strbuf_vprintf(StrBuf *sb, const char *fmt, va_list ap);
void strbuf_free(StrBuf *sb);
/* Appends the rest of stream f; -1 on a read error (what was read stays). */
int strbuf_read(StrBuf *sb, FILE *f);

/* ---- diag.c: diagnostics as gcc and clang print them. ---- */
typedef enum DiagLevel { DIAG_ERROR, DIAG_WARNING, DIAG_NOTE } DiagLevel;

typedef struct SourceFile SourceFile;
typedef struct Diag {
	FILE *out;          /* where diagnostics go: stderr unless a test says otherwise */
	int errors;
	int warnings;
	int max_errors;     /* stop reporting (and tell the caller to stop) after this many */
	SourceFile *sources; /* files and buffers whose lines we can quote */
} Diag;

void diag_init(Diag *diag, FILE *out);
/* Lets diagnostics quote lines of a buffer that is not a file on disk. */
void diag_add_source(Diag *diag, const char *name, const char *text, size_t len);
void diag_report(Diag *diag, DiagLevel level, Loc loc, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
void diag_vreport(Diag *diag, DiagLevel level, Loc loc, const char *fmt, va_list ap);
#define diag_error(d, loc, ...) diag_report((d), DIAG_ERROR, (loc), __VA_ARGS__)
#define diag_warning(d, loc, ...) diag_report((d), DIAG_WARNING, (loc), __VA_ARGS__)
#define diag_note(d, loc, ...) diag_report((d), DIAG_NOTE, (loc), __VA_ARGS__)
bool diag_too_many(const Diag *diag);
void diag_free(Diag *diag);

/* A compiler bug, not a user error: print where and abort. */
#define BUG(...) bug_at(__FILE__, __LINE__, __VA_ARGS__)
_Noreturn void bug_at(const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#endif
