/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* diag.c: `file:line:col: error: message`, then the source line and a caret
 * under the column, as gcc and clang print them. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "util.h"

/* A file (read lazily from disk) or an in-memory buffer whose lines we quote. */
struct SourceFile {
	SourceFile *next;
	char *name;
	char *text; /* NULL when the file could not be read */
	size_t len;
};

void diag_init(Diag *diag, FILE *out)
{
	*diag = (Diag){.out = out, .max_errors = 50};
}

static SourceFile *source_new(Diag *diag, const char *name)
{
	SourceFile *src = xmalloc(sizeof(*src));
	*src = (SourceFile){.next = diag->sources, .name = xstrdup(name)};
	diag->sources = src;
	return src;
}

void diag_add_source(Diag *diag, const char *name, const char *text, size_t len)
{
	SourceFile *src = source_new(diag, name);
	src->text = xmalloc(len + 1);
	memcpy(src->text, text, len);
	src->text[len] = '\0';
	src->len = len;
}

static SourceFile *source_find(Diag *diag, const char *name)
{
	for (SourceFile *src = diag->sources; src; src = src->next)
		if (strcmp(src->name, name) == 0)
			return src;
	SourceFile *src = source_new(diag, name);
	/* A line marker may name anything: quote regular files only, never read
	 * /dev/zero until memory runs out or wait on /dev/stdin or a FIFO. */
	struct stat st;
	if (stat(name, &st) != 0 || !S_ISREG(st.st_mode))
		return src;
	FILE *f = fopen(name, "rb");
	if (!f)
		return src;
	StrBuf sb = {0};
	strbuf_read(&sb, f);
	fclose(f);
	src->text = sb.data;
	src->len = sb.len;
	return src;
}

/* The text of line `line` (1-based) of `src`, without its newline. */
static const char *source_line(const SourceFile *src, int line, size_t *len)
{
	if (!src->text || line < 1)
		return NULL;
	const char *p = src->text, *end = src->text + src->len;
	for (int i = 1; i < line; i++) {
		p = memchr(p, '\n', (size_t)(end - p));
		if (!p)
			return NULL;
		p++;
	}
	const char *eol = memchr(p, '\n', (size_t)(end - p));
	*len = (size_t)((eol ? eol : end) - p);
	if (*len && p[*len - 1] == '\r')
		(*len)--;
	return p;
}

static void print_excerpt(Diag *diag, Loc loc)
{
	if (!loc.file || loc.line < 1)
		return;
	size_t len;
	const char *line = source_line(source_find(diag, loc.file), loc.line, &len);
	if (!line)
		return;
	/* Quote a window of a very long line around the column, marked with "...". */
	enum { MAX_QUOTED = 160 };
	size_t col = loc.col > 0 ? (size_t)loc.col - 1 : 0, start = 0;
	const char *prefix = "", *suffix = "";
	if (len > MAX_QUOTED) {
		if (col > MAX_QUOTED / 2)
			start = col - MAX_QUOTED / 2 < len ? col - MAX_QUOTED / 2 : len;
		prefix = start > 0 ? "..." : "";
		suffix = start + MAX_QUOTED < len ? "..." : "";
		line += start;
		len = len - start < MAX_QUOTED ? len - start : MAX_QUOTED;
		col -= start < col ? start : col;
	}
	fprintf(diag->out, "%s%.*s%s\n", prefix, (int)len, line, suffix);
	/* Keep tabs so the caret lines up in any terminal. */
	fputs(prefix[0] ? "   " : "", diag->out);
	for (size_t i = 0; i < col && i < len; i++)
		fputc(line[i] == '\t' ? '\t' : ' ', diag->out);
	fputs("^\n", diag->out);
}

static const char *const level_names[] = {"error", "warning", "note"};

void diag_vreport(Diag *diag, DiagLevel level, Loc loc, const char *fmt, va_list ap)
{
	if (level == DIAG_ERROR)
		diag->errors++;
	else if (level == DIAG_WARNING)
		diag->warnings++;
	if (diag->errors > diag->max_errors)
		return;
	if (loc.file)
		fprintf(diag->out, "%s:%d:%d: ", loc.file, loc.line, loc.col);
	fprintf(diag->out, "%s: ", level_names[level]);
	vfprintf(diag->out, fmt, ap);
	fputc('\n', diag->out);
	print_excerpt(diag, loc);
	if (diag->errors == diag->max_errors && level == DIAG_ERROR)
		fprintf(diag->out, "error: too many errors, stopping\n");
}

void diag_report(Diag *diag, DiagLevel level, Loc loc, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vreport(diag, level, loc, fmt, ap);
	va_end(ap);
}

bool diag_too_many(const Diag *diag)
{
	return diag->errors >= diag->max_errors;
}

void diag_free(Diag *diag)
{
	SourceFile *src = diag->sources;
	while (src) {
		SourceFile *next = src->next;
		free(src->name);
		free(src->text);
		free(src);
		src = next;
	}
	diag->sources = NULL;
}

_Noreturn void bug_at(const char *file, int line, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fprintf(stderr, "p4c-ebpf: internal compiler error at %s:%d: ", file, line);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
	abort();
}
