/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* arena.c: the compiler's memory. Nodes, names and types are bump-allocated
 * from large chunks and released together when the compilation ends.
 *
 * Chunks come straight from mmap: their pages are zero, and an arena never
 * hands out memory twice, so allocations need no memset; and they ask for
 * transparent huge pages, so a large program's tree costs few page faults. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "util.h"

/* With its header, a chunk fills two huge pages exactly. */
#define ARENA_CHUNK_SIZE (4 * 1024 * 1024 - sizeof(ArenaChunk))

struct ArenaChunk {
	ArenaChunk *prev;
	void *map;       /* what mmap returned, and its length, for munmap */
	size_t map_size;
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

/* Huge pages only back 2 MiB-aligned ranges: map one more huge page than
 * needed and put the chunk at the first boundary. */
#define HUGE_PAGE (2 * 1024 * 1024)

static ArenaChunk *chunk_new(size_t data_size)
{
	size_t size = sizeof(ArenaChunk) + data_size;
	size_t map_size = size + HUGE_PAGE;
	void *map = mmap(NULL, map_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (map == MAP_FAILED) {
		fputs("p4c-ebpf: out of memory\n", stderr);
		abort();
	}
	uintptr_t start = ((uintptr_t)map + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1);
#ifdef MADV_HUGEPAGE
	madvise((void *)start, size, MADV_HUGEPAGE); /* a hint: fine if refused */
#endif
	ArenaChunk *chunk = (ArenaChunk *)start;
	chunk->map = map;
	chunk->map_size = map_size;
	chunk->size = data_size;
	return chunk;
}

void *arena_alloc(Arena *arena, size_t size)
{
	const size_t align = _Alignof(max_align_t);
	size = (size + align - 1) & ~(align - 1);
	ArenaChunk *chunk = arena->chunks;
	if (!chunk || arena->used_in_chunk + size > chunk->size) {
		chunk = chunk_new(size > ARENA_CHUNK_SIZE ? size : ARENA_CHUNK_SIZE);
		chunk->prev = arena->chunks;
		arena->chunks = chunk;
		arena->used_in_chunk = 0;
	}
	void *p = chunk->data + arena->used_in_chunk;
	arena->used_in_chunk += size;
	arena->total += size;
	return p; /* zero: see the top of the file */
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
		munmap(chunk->map, chunk->map_size);
		chunk = prev;
	}
	*arena = (Arena){0};
}
