/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* test_strbuf.c: unit tests of growable strings (frontend/strbuf.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "util.h"

static void test_empty(void **state)
{
	(void)state;
	StrBuf sb = {0};
	assert_null(sb.data);
	assert_int_equal(sb.len, 0);
	strbuf_free(&sb); /* freeing an unused buffer is fine */
	strbuf_add(&sb, "", 0);
	assert_non_null(sb.data); /* adding nothing still gives a C string */
	assert_string_equal(sb.data, "");
	strbuf_free(&sb);
	assert_null(sb.data);
	assert_int_equal(sb.cap, 0);
}

static void test_add_and_puts(void **state)
{
	(void)state;
	StrBuf sb = {0};
	strbuf_puts(&sb, "header");
	strbuf_add(&sb, " h_t {}xyz", 7);
	assert_string_equal(sb.data, "header h_t {}");
	assert_int_equal(sb.len, 13);
	assert_true(sb.cap > sb.len);
	/* Embedded NULs are kept: len counts them. */
	strbuf_add(&sb, "a\0b", 3);
	assert_int_equal(sb.len, 16);
	assert_memory_equal(sb.data + 13, "a\0b", 4);
	strbuf_free(&sb);
}

static void test_growth(void **state)
{
	(void)state;
	StrBuf sb = {0};
	char expect[10001];
	for (int i = 0; i < 10000; i++) {
		char c = (char)('a' + i % 26);
		strbuf_add(&sb, &c, 1);
		expect[i] = c;
	}
	expect[10000] = '\0';
	assert_int_equal(sb.len, 10000);
	assert_string_equal(sb.data, expect);
	assert_true(sb.cap >= 10001);
	/* One big append past the doubling step. */
	static char big[100000];
	memset(big, 'x', sizeof(big));
	strbuf_add(&sb, big, sizeof(big));
	assert_int_equal(sb.len, 110000);
	assert_int_equal(sb.data[109999], 'x');
	assert_int_equal(sb.data[110000], '\0');
	strbuf_free(&sb);
}

static void test_printf(void **state)
{
	(void)state;
	StrBuf sb = {0};
	strbuf_printf(&sb, "%s<%d>", "bit", 48); /* into an empty buffer */
	strbuf_printf(&sb, " %s;", "dst");
	assert_string_equal(sb.data, "bit<48> dst;");
	assert_int_equal(sb.len, strlen("bit<48> dst;"));
	strbuf_printf(&sb, "%s", "");
	assert_int_equal(sb.len, 12);
	strbuf_free(&sb);
}

static void test_printf_long(void **state)
{
	(void)state;
	StrBuf sb = {0};
	strbuf_puts(&sb, "[");
	/* Far larger than the buffer has room for: it must grow, in one call. */
	strbuf_printf(&sb, "%-3000s|%3000d", "left", 7);
	assert_int_equal(sb.len, 1 + 3000 + 1 + 3000);
	assert_memory_equal(sb.data, "[left ", 6);
	assert_int_equal(sb.data[3001], '|');
	assert_int_equal(sb.data[6001], '7');
	assert_int_equal(sb.data[6002], '\0');
	strbuf_free(&sb);
}

static void vformat(StrBuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void vformat(StrBuf *sb, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	strbuf_vprintf(sb, fmt, ap);
	va_end(ap);
}

static void test_vprintf(void **state)
{
	(void)state;
	StrBuf sb = {0};
	vformat(&sb, "%s.%s", "hdr", "eth");
	vformat(&sb, "[%u]", 3u);
	assert_string_equal(sb.data, "hdr.eth[3]");
	strbuf_free(&sb);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_add_and_puts),
		cmocka_unit_test(test_growth),
		cmocka_unit_test(test_printf),
		cmocka_unit_test(test_printf_long),
		cmocka_unit_test(test_vprintf),
	};
	return cmocka_run_group_tests_name("strbuf", tests, NULL, NULL);
}
