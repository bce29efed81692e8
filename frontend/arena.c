/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* arena.c: the compiler's memory. Nodes, names and types are bump-allocated
 * from large chunks and released together when the compilation ends. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

#define ARENA_CHUNK_SIZE (256 * 1024)

struct ArenaChunk {
	ArenaChunk *prev;
	size_t size;
	_Alignas(max_align_t) unsigned char data[];
};

void *xmalloc(size_t size)
{
	void *p = malloc(size ? size : 1);
	if (!p) {
		fputs("p4c-ebpf: out of memory\n", stderr);
		abort();
	}
	return p;
}

void *xrealloc(void *ptr, size_t size)
{
	void *p = realloc(ptr, size ? size : 1);
	if (!p) {
		fputs("p4c-ebpf: out of memory\n", stderr);
		abort();
	}
	return p;
}

char *xstrdup(const char *s)
{
	size_t len = strlen(s) + 1;
	return memcpy(xmalloc(len), s, len);
}

void *arena_alloc(Arena *arena, size_t size)
{
	const size_t align = _Alignof(max_align_t);
	size = (size + align - 1) & ~(align - 1);
	ArenaChunk *chunk = arena->chunks;
	if (!chunk || arena->used_in_chunk + size > chunk->size) {
		size_t chunk_size = size > ARENA_CHUNK_SIZE ? size : ARENA_CHUNK_SIZE;
		chunk = xmalloc(sizeof(*chunk) + chunk_size);
		chunk->prev = arena->chunks;
		chunk->size = chunk_size;
		arena->chunks = chunk;
		arena->used_in_chunk = 0;
	}
	void *p = chunk->data + arena->used_in_chunk;
	arena->used_in_chunk += size;
	arena->total += size;
	return memset(p, 0, size);
}

char *arena_strndup(Arena *arena, const char *s, size_t len)
{
	char *p = arena_alloc(arena, len + 1);
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

char *arena_strdup(Arena *arena, const char *s)
{
	return arena_strndup(arena, s, strlen(s));
}

char *arena_printf(Arena *arena, const char *fmt, ...)
{
	va_list ap, ap2;
	va_start(ap, fmt);
	va_copy(ap2, ap);
	int len = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *p = arena_alloc(arena, (size_t)len + 1);
	vsnprintf(p, (size_t)len + 1, fmt, ap2);
	va_end(ap2);
	return p;
}

void arena_free(Arena *arena)
{
	ArenaChunk *chunk = arena->chunks;
	while (chunk) {
		ArenaChunk *prev = chunk->prev;
		free(chunk);
		chunk = prev;
	}
	*arena = (Arena){0};
}
