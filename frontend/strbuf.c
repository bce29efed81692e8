/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* strbuf.c: growable strings for printers and emitters. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

void strbuf_add(StrBuf *sb, const char *s, size_t len)
{
	if (sb->len + len + 1 > sb->cap) {
		size_t cap = sb->cap ? sb->cap * 2 : 256;
		while (cap < sb->len + len + 1)
			cap *= 2;
		sb->data = xrealloc(sb->data, cap);
		sb->cap = cap;
	}
	memcpy(sb->data + sb->len, s, len);
	sb->len += len;
	sb->data[sb->len] = '\0';
}

void strbuf_puts(StrBuf *sb, const char *s)
{
	strbuf_add(sb, s, strlen(s));
}

void strbuf_vprintf(StrBuf *sb, const char *fmt, va_list ap)
{
	va_list ap2;
	va_copy(ap2, ap);
	int len = vsnprintf(NULL, 0, fmt, ap);
	strbuf_add(sb, "", 0); /* make sure data exists */
	if (sb->len + (size_t)len + 1 > sb->cap) {
		size_t cap = sb->cap;
		while (cap < sb->len + (size_t)len + 1)
			cap *= 2;
		sb->data = xrealloc(sb->data, cap);
		sb->cap = cap;
	}
	vsnprintf(sb->data + sb->len, (size_t)len + 1, fmt, ap2);
	sb->len += (size_t)len;
	va_end(ap2);
}

int strbuf_read(StrBuf *sb, FILE *f)
{
	char buf[65536];
	size_t n;
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		strbuf_add(sb, buf, n);
	strbuf_add(sb, "", 0); /* data exists even for an empty file */
	return ferror(f) ? -1 : 0;
}

void strbuf_printf(StrBuf *sb, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	strbuf_vprintf(sb, fmt, ap);
	va_end(ap);
}

void strbuf_free(StrBuf *sb)
{
	free(sb->data);
	*sb = (StrBuf){0};
}
