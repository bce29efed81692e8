/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* test_arena.c: unit tests of the compiler's arena (frontend/arena.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "util.h"

static void test_alignment(void **state)
{
	(void)state;
	Arena arena = {0};
	/* Odd sizes must not misalign what comes next. */
	for (size_t size = 1; size < 100; size++) {
		void *p = arena_alloc(&arena, size);
		assert_int_equal((uintptr_t)p % _Alignof(max_align_t), 0);
	}
	arena_free(&arena);
}

static void test_zeroed(void **state)
{
	(void)state;
	Arena arena = {0};
	for (int round = 0; round < 3; round++) {
		unsigned char *p = arena_alloc(&arena, 1000);
		for (size_t i = 0; i < 1000; i++)
			assert_int_equal(p[i], 0);
		memset(p, 0xAA, 1000); /* the next block must still come zeroed */
	}
	arena_free(&arena);
}

static void test_distinct_blocks(void **state)
{
	(void)state;
	Arena arena = {0};
	enum { N = 5000 };
	static unsigned char *blocks[N];
	/* Enough to fill several chunks; no two blocks may overlap. */
	for (int i = 0; i < N; i++) {
		blocks[i] = arena_alloc(&arena, 200);
		memset(blocks[i], i & 0xFF, 200);
	}
	for (int i = 0; i < N; i++)
		for (int j = 0; j < 200; j++)
			assert_int_equal(blocks[i][j], i & 0xFF);
	assert_true(arena.total >= (size_t)N * 200);
	arena_free(&arena);
}

static void test_big_allocation(void **state)
{
	(void)state;
	Arena arena = {0};
	char *small = arena_alloc(&arena, 16);
	strcpy(small, "before");
	/* Bigger than a chunk: gets a chunk of its own, zeroed, usable end to end. */
	size_t big = 3 * 1024 * 1024 + 7;
	unsigned char *p = arena_alloc(&arena, big);
	assert_non_null(p);
	assert_int_equal(p[0], 0);
	assert_int_equal(p[big - 1], 0);
	memset(p, 0x55, big);
	assert_string_equal(small, "before");
	/* Small allocations still work after it. */
	char *after = arena_alloc(&arena, 32);
	assert_int_equal((uintptr_t)after % _Alignof(max_align_t), 0);
	assert_int_equal(after[0], 0);
	assert_true(arena.total >= big + 48);
	arena_free(&arena);
}

static void test_zero_size(void **state)
{
	(void)state;
	Arena arena = {0};
	void *a = arena_alloc(&arena, 0);
	void *b = arena_alloc(&arena, 0);
	assert_non_null(a);
	assert_non_null(b);
	arena_free(&arena);
}

static void test_strdup(void **state)
{
	(void)state;
	Arena arena = {0};
	const char *src = "header ethernet_t";
	char *copy = arena_strdup(&arena, src);
	assert_string_equal(copy, src);
	assert_ptr_not_equal(copy, src);
	char *part = arena_strndup(&arena, "bit<48> dst;", 7);
	assert_string_equal(part, "bit<48>");
	char *empty = arena_strndup(&arena, "xyz", 0);
	assert_string_equal(empty, "");
	/* strndup copies exactly len bytes, even past a NUL. */
	char *with_nul = arena_strndup(&arena, "a\0b", 3);
	assert_memory_equal(with_nul, "a\0b", 4);
	arena_free(&arena);
}

static void test_printf(void **state)
{
	(void)state;
	Arena arena = {0};
	char *s = arena_printf(&arena, "%s_%d<%c>", "reg", 42, 'T');
	assert_string_equal(s, "reg_42<T>");
	char *empty = arena_printf(&arena, "%s", "");
	assert_string_equal(empty, "");
	/* Longer than any fixed buffer a careless implementation might use. */
	char *long_text = arena_printf(&arena, "%5000d|", 7);
	assert_int_equal(strlen(long_text), 5001);
	assert_int_equal(long_text[4999], '7');
	assert_int_equal(long_text[5000], '|');
	arena_free(&arena);
}

static void test_free_resets(void **state)
{
	(void)state;
	Arena arena = {0};
	arena_alloc(&arena, 100);
	arena_alloc(&arena, 1 << 20);
	arena_free(&arena);
	assert_null(arena.chunks);
	assert_int_equal(arena.total, 0);
	assert_int_equal(arena.used_in_chunk, 0);
	/* A freed arena can be used again, and freeing an empty one is fine. */
	assert_non_null(arena_alloc(&arena, 8));
	arena_free(&arena);
	arena_free(&arena);
}

static void test_xstrdup(void **state)
{
	(void)state;
	char *s = xstrdup("p4lib");
	assert_string_equal(s, "p4lib");
	s = xrealloc(s, 100);
	assert_string_equal(s, "p4lib");
	free(s);
	void *p = xmalloc(0); /* never NULL, even for zero bytes */
	assert_non_null(p);
	free(p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_alignment),
		cmocka_unit_test(test_zeroed),
		cmocka_unit_test(test_distinct_blocks),
		cmocka_unit_test(test_big_allocation),
		cmocka_unit_test(test_zero_size),
		cmocka_unit_test(test_strdup),
		cmocka_unit_test(test_printf),
		cmocka_unit_test(test_free_resets),
		cmocka_unit_test(test_xstrdup),
	};
	return cmocka_run_group_tests_name("arena", tests, NULL, NULL);
}
