/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* test_diag.c: unit tests of diagnostics (frontend/diag.c): the message line,
 * the quoted source line and its caret, levels, counts and the error limit. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "util.h"

/* A Diag writing into memory, and what it wrote so far. */
typedef struct Capture {
	Diag diag;
	FILE *out;
	char *text;
	size_t len;
} Capture;

static int setup(void **state)
{
	Capture *c = calloc(1, sizeof(*c));
	if (!c)
		return -1;
	c->out = open_memstream(&c->text, &c->len);
	if (!c->out)
		return -1;
	diag_init(&c->diag, c->out);
	*state = c;
	return 0;
}

static int teardown(void **state)
{
	Capture *c = *state;
	diag_free(&c->diag);
	fclose(c->out);
	free(c->text);
	free(c);
	return 0;
}

static const char *output(Capture *c)
{
	fflush(c->out);
	return c->text;
}

static Loc at(const char *file, int line, int col)
{
	return (Loc){file, line, col};
}

static void test_error_format(void **state)
{
	Capture *c = *state;
	const char *src = "header h_t {\n    bit<8> x\n}\n";
	diag_add_source(&c->diag, "prog.p4", src, strlen(src));
	diag_error(&c->diag, at("prog.p4", 2, 12), "expected ';' after '%s'", "x");
	assert_string_equal(output(c), "prog.p4:2:12: error: expected ';' after 'x'\n"
				       "    bit<8> x\n"
				       "           ^\n");
	assert_int_equal(c->diag.errors, 1);
	assert_int_equal(c->diag.warnings, 0);
}

static void test_first_and_last_line(void **state)
{
	Capture *c = *state;
	/* The last line has no newline; the first column puts the caret first. */
	const char *src = "first\nsecond\nlast";
	diag_add_source(&c->diag, "m.p4", src, strlen(src));
	diag_error(&c->diag, at("m.p4", 1, 1), "one");
	diag_error(&c->diag, at("m.p4", 3, 4), "three");
	assert_string_equal(output(c), "m.p4:1:1: error: one\nfirst\n^\n"
				       "m.p4:3:4: error: three\nlast\n   ^\n");
}

static void test_tabs_kept_in_caret_line(void **state)
{
	Capture *c = *state;
	const char *src = "control C() {\n\t\tx = y;\n\t a\tb;\n}\n";
	diag_add_source(&c->diag, "t.p4", src, strlen(src));
	diag_error(&c->diag, at("t.p4", 2, 3), "unknown 'x'");
	diag_error(&c->diag, at("t.p4", 3, 5), "unknown 'b'");
	assert_string_equal(output(c), "t.p4:2:3: error: unknown 'x'\n"
				       "\t\tx = y;\n"
				       "\t\t^\n"
				       "t.p4:3:5: error: unknown 'b'\n"
				       "\t a\tb;\n"
				       "\t  \t^\n");
}

static void test_crlf_and_past_the_end(void **state)
{
	Capture *c = *state;
	const char *src = "a = 1;\r\nb = 2;\r\n";
	diag_add_source(&c->diag, "w.p4", src, strlen(src));
	/* The carriage return is not quoted; a column past the end puts the caret
	 * just after the text. */
	diag_warning(&c->diag, at("w.p4", 2, 40), "unused");
	assert_string_equal(output(c), "w.p4:2:40: warning: unused\nb = 2;\n      ^\n");
}

static void test_long_line_window(void **state)
{
	Capture *c = *state;
	/* A 300-character line: only a window around the column is quoted, with
	 * "..." where it was cut, and the caret still under the column. */
	char src[302];
	for (int i = 0; i < 300; i++)
		src[i] = (char)('a' + i % 26);
	src[300] = '\n';
	src[301] = '\0';
	diag_add_source(&c->diag, "long.p4", src, strlen(src));
	diag_error(&c->diag, at("long.p4", 1, 200), "here");
	const char *text = output(c);
	const char *quoted = strchr(text, '\n') + 1;
	const char *caret = strchr(quoted, '\n') + 1;
	assert_memory_equal(quoted, "...", 3);
	assert_true(strstr(quoted, "...\n") == caret - 4); /* cut at the end too */
	size_t quoted_len = (size_t)(caret - 1 - quoted);
	assert_true(quoted_len < 200);
	/* The caret points at the character that is at column 200 in the source. */
	size_t caret_col = strchr(caret, '^') - caret;
	assert_true(caret_col < quoted_len);
	assert_int_equal(quoted[caret_col], src[199]);
	for (size_t i = 0; i < caret_col; i++)
		assert_int_equal(caret[i], ' ');

	/* Near the start of the line: no "..." in front. */
	diag_error(&c->diag, at("long.p4", 1, 3), "start");
	text = output(c);
	quoted = strchr(strstr(text, "error: start"), '\n') + 1;
	assert_memory_equal(quoted, "abcdef", 6);
	caret = strchr(quoted, '\n') + 1;
	assert_memory_equal(caret, "  ^\n", 4);
}

static void test_line_out_of_range(void **state)
{
	Capture *c = *state;
	const char *src = "only line\n";
	diag_add_source(&c->diag, "s.p4", src, strlen(src));
	/* No such line: the message alone. */
	diag_error(&c->diag, at("s.p4", 7, 1), "past the end");
	diag_error(&c->diag, at("s.p4", 0, 0), "line zero");
	assert_string_equal(output(c), "s.p4:7:1: error: past the end\n"
				       "s.p4:0:0: error: line zero\n");
}

static void test_no_location(void **state)
{
	Capture *c = *state;
	diag_error(&c->diag, (Loc){0}, "cannot open '%s'", "missing.p4");
	diag_note(&c->diag, (Loc){0}, "searched %d directories", 2);
	assert_string_equal(output(c), "error: cannot open 'missing.p4'\n"
				       "note: searched 2 directories\n");
}

static void test_levels_and_counts(void **state)
{
	Capture *c = *state;
	const char *src = "table t {\n    key = {}\n}\n";
	diag_add_source(&c->diag, "k.p4", src, strlen(src));
	diag_warning(&c->diag, at("k.p4", 2, 5), "table '%s' has an empty key", "t");
	diag_note(&c->diag, at("k.p4", 1, 7), "'%s' declared here", "t");
	diag_report(&c->diag, DIAG_ERROR, at("k.p4", 3, 1), "%s", "boom");
	assert_string_equal(output(c), "k.p4:2:5: warning: table 't' has an empty key\n"
				       "    key = {}\n"
				       "    ^\n"
				       "k.p4:1:7: note: 't' declared here\n"
				       "table t {\n"
				       "      ^\n"
				       "k.p4:3:1: error: boom\n"
				       "}\n"
				       "^\n");
	assert_int_equal(c->diag.warnings, 1);
	assert_int_equal(c->diag.errors, 1); /* notes are not counted */
	assert_false(diag_too_many(&c->diag));
}

static void vreport(Diag *diag, Loc loc, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void vreport(Diag *diag, Loc loc, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vreport(diag, DIAG_ERROR, loc, fmt, ap);
	va_end(ap);
}

static void test_vreport(void **state)
{
	Capture *c = *state;
	vreport(&c->diag, (Loc){0}, "%d + %d", 1, 2);
	assert_string_equal(output(c), "error: 1 + 2\n");
	assert_int_equal(c->diag.errors, 1);
}

static void test_max_errors(void **state)
{
	Capture *c = *state;
	c->diag.max_errors = 3;
	for (int i = 1; i <= 3; i++) {
		assert_false(diag_too_many(&c->diag));
		diag_error(&c->diag, (Loc){0}, "error %d", i);
	}
	assert_true(diag_too_many(&c->diag));
	/* Past the limit nothing more is printed, but errors are still counted. */
	diag_error(&c->diag, (Loc){0}, "error 4");
	diag_warning(&c->diag, (Loc){0}, "a warning");
	diag_note(&c->diag, (Loc){0}, "a note");
	assert_string_equal(output(c), "error: error 1\n"
				       "error: error 2\n"
				       "error: error 3\n"
				       "error: too many errors, stopping\n");
	assert_int_equal(c->diag.errors, 4);
	assert_true(diag_too_many(&c->diag));
}

static void test_default_max_errors(void **state)
{
	Capture *c = *state;
	assert_int_equal(c->diag.max_errors, 50);
	for (int i = 0; i < 60; i++)
		diag_error(&c->diag, (Loc){0}, "e");
	const char *text = output(c);
	int lines = 0;
	for (const char *p = text; *p; p++)
		lines += *p == '\n';
	assert_int_equal(lines, 51); /* 50 errors and "too many errors" */
	assert_non_null(strstr(text, "error: too many errors, stopping\n"));
}

static void test_source_from_disk(void **state)
{
	Capture *c = *state;
	char path[] = "/tmp/test_diag_XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	const char *src = "line 1\nline 2 has it\n";
	assert_int_equal(write(fd, src, strlen(src)), (ssize_t)strlen(src));
	close(fd);
	/* Not registered: read from the file the location names. */
	diag_error(&c->diag, at(path, 2, 8), "here");
	unlink(path);
	StrBuf expect = {0};
	strbuf_printf(&expect, "%s:2:8: error: here\nline 2 has it\n       ^\n", path);
	assert_string_equal(output(c), expect.data);
	/* Read once: later messages quote it although the file is gone. */
	diag_error(&c->diag, at(path, 1, 1), "again");
	assert_non_null(strstr(output(c), "again\nline 1\n^\n"));
	strbuf_free(&expect);
}

static void test_missing_file(void **state)
{
	Capture *c = *state;
	diag_error(&c->diag, at("/nonexistent/dir/x.p4", 3, 2), "no source");
	assert_string_equal(output(c), "/nonexistent/dir/x.p4:3:2: error: no source\n");
}

static void test_only_regular_files_quoted(void **state)
{
	Capture *c = *state;
	/* A line marker can name a device or a FIFO: reading those would never
	 * end (/dev/zero) or never start (a FIFO nobody writes). */
	diag_error(&c->diag, at("/dev/zero", 1, 1), "zero");
	char dir[] = "/tmp/test_diag_XXXXXX";
	assert_non_null(mkdtemp(dir));
	char fifo[64];
	snprintf(fifo, sizeof(fifo), "%s/fifo.p4", dir);
	assert_int_equal(mkfifo(fifo, 0600), 0);
	diag_error(&c->diag, at(fifo, 1, 1), "fifo");
	unlink(fifo);
	rmdir(dir);
	StrBuf expect = {0};
	strbuf_printf(&expect, "/dev/zero:1:1: error: zero\n%s:1:1: error: fifo\n", fifo);
	assert_string_equal(output(c), expect.data);
	strbuf_free(&expect);
}

static void test_buffer_is_copied(void **state)
{
	Capture *c = *state;
	char src[] = "abc\n";
	diag_add_source(&c->diag, "copy.p4", src, strlen(src));
	src[0] = 'X'; /* the caller's buffer may change or go away */
	diag_error(&c->diag, at("copy.p4", 1, 2), "m");
	assert_string_equal(output(c), "copy.p4:1:2: error: m\nabc\n ^\n");
}

static void test_embedded_nul_in_source(void **state)
{
	Capture *c = *state;
	/* The buffer's length counts, not its first NUL. */
	const char src[] = "a\0b\nsecond\n";
	diag_add_source(&c->diag, "nul.p4", src, sizeof(src) - 1);
	diag_error(&c->diag, at("nul.p4", 2, 1), "m");
	assert_string_equal(output(c), "nul.p4:2:1: error: m\nsecond\n^\n");
}

#define TEST(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		TEST(test_error_format),
		TEST(test_first_and_last_line),
		TEST(test_tabs_kept_in_caret_line),
		TEST(test_crlf_and_past_the_end),
		TEST(test_long_line_window),
		TEST(test_line_out_of_range),
		TEST(test_no_location),
		TEST(test_levels_and_counts),
		TEST(test_vreport),
		TEST(test_max_errors),
		TEST(test_default_max_errors),
		TEST(test_source_from_disk),
		TEST(test_missing_file),
		TEST(test_only_regular_files_quoted),
		TEST(test_buffer_is_copied),
		TEST(test_embedded_nul_in_source),
	};
	return cmocka_run_group_tests_name("diag", tests, NULL, NULL);
}
