/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* emit.c: the code builder. Generated C is built in memory line by line,
 * with tabs for indentation as our own code has, and written to disk only
 * when the whole run succeeded. */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "be.h"

static void indent(Emit *e)
{
	for (int i = 0; i < e->indent; i++)
		strbuf_add(e->out, "\t", 1);
}

static void vline(Emit *e, const char *fmt, va_list ap, const char *end)
{
	/* A blank line carries no trailing tabs. */
	if (fmt[0] == '\0' && !end[0]) {
		strbuf_add(e->out, "\n", 1);
		return;
	}
	indent(e);
	strbuf_vprintf(e->out, fmt, ap);
	strbuf_puts(e->out, end);
	strbuf_add(e->out, "\n", 1);
}

void be_line(Emit *e, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vline(e, fmt, ap, "");
	va_end(ap);
}

void be_open(Emit *e, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vline(e, fmt, ap, fmt[0] ? " {" : "{");
	va_end(ap);
	e->indent++;
}

void be_block(Emit *e)
{
	indent(e);
	strbuf_add(e->out, "{\n", 2);
	e->indent++;
}

void be_case(Emit *e, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vline(e, fmt, ap, ": {");
	va_end(ap);
	e->indent++;
}

void be_close(Emit *e, const char *suffix)
{
	if (e->indent > 0)
		e->indent--;
	indent(e);
	strbuf_printf(e->out, "}%s\n", suffix ? suffix : "");
}

void be_comment(Emit *e, const char *fmt, ...)
{
	va_list ap;
	StrBuf text = {0};
	va_start(ap, fmt);
	strbuf_vprintf(&text, fmt, ap);
	va_end(ap);
	strbuf_add(&text, "", 0);
	/* A comment must not end early: P4 text may contain the closing sequence. */
	for (char *s = text.data; s && (s = strstr(s, "*/")) != NULL;)
		s[0] = '+';
	/* Several lines: the later ones continue with " * ". */
	const char *s = text.data ? text.data : "";
	indent(e);
	strbuf_puts(e->out, "/* ");
	for (const char *nl; (nl = strchr(s, '\n')) != NULL; s = nl + 1) {
		strbuf_add(e->out, s, (size_t)(nl - s));
		strbuf_add(e->out, "\n", 1);
		indent(e);
		strbuf_puts(e->out, " * ");
	}
	strbuf_printf(e->out, "%s */\n", s);
	strbuf_free(&text);
}

void be_blank(Emit *e)
{
	/* Never two blank lines in a row, nor one right after an opening brace. */
	StrBuf *o = e->out;
	if (o->len == 0 || (o->len >= 2 && o->data[o->len - 1] == '\n' && o->data[o->len - 2] == '\n'))
		return;
	if (o->len >= 2 && o->data[o->len - 2] == '{')
		return;
	strbuf_add(o, "\n", 1);
}

void be_append(StrBuf *out, const StrBuf *text)
{
	if (text->len)
		strbuf_add(out, text->data, text->len);
}

void be_label(Emit *e, const char *label)
{
	strbuf_printf(e->out, "%s:\n", label);
}

int be_write_file(const char *path, const char *text, size_t len, Diag *diag)
{
	char *tmp = xmalloc(strlen(path) + 16);
	sprintf(tmp, "%s.tmp.XXXXXX", path);
	int fd = mkstemp(tmp);
	FILE *f = fd >= 0 ? fdopen(fd, "wb") : NULL;
	int ok = f && fwrite(text, 1, len, f) == len;
	ok = f && fclose(f) == 0 && ok;
	/* mkstemp makes the file 0600; outputs get the mode a plain open would. */
	mode_t mask = umask(0);
	umask(mask);
	if (ok && chmod(tmp, 0666 & ~mask) == 0 && rename(tmp, path) == 0) {
		free(tmp);
		return 0;
	}
	diag_error(diag, (Loc){0}, "cannot write '%s': %s", path, strerror(errno));
	if (fd >= 0)
		unlink(tmp);
	free(tmp);
	return -1;
}
