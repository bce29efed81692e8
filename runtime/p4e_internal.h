/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* p4e_internal.h: what runtime/'s C files share and nobody else sees. */
#ifndef P4E_INTERNAL_H
#define P4E_INTERNAL_H

#include <errno.h>

#include "p4ebpf.h"

#if defined(__GNUC__)
#define P4E_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define P4E_PRINTF(a, b)
/* Calls fn for each piece of e, an entry of a table with range fields
 * (range.c): `piece` (an entry of the same table) gets the piece's key,
 * mask, value and priority. Stops at and returns fn's first non-zero. */
int p4e_range_pieces(const struct p4e_entry *e, struct p4e_entry *piece,
		     int (*fn)(struct p4e_entry *piece, unsigned i, void *ctx), void *ctx);

#endif

void p4e_log(enum p4e_print_level level, const char *fmt, ...) P4E_PRINTF(2, 3);
#define p4e_warn(...) p4e_log(P4E_WARN, __VA_ARGS__)
#define p4e_info(...) p4e_log(P4E_INFO, __VA_ARGS__)
#define p4e_debug(...) p4e_log(P4E_DEBUG, __VA_ARGS__)

/* libbpf's convention: set errno and return -err. */
static inline int p4e_err(int err)
{
	errno = err;
	return -err;
}

/* The bytes a field of `width` bits takes as big-endian bytes. */
static inline unsigned p4e_be_bytes(unsigned width)
{
	return (width + 7) / 8;
}

/* Calls fn for each piece of e, an entry of a table with range fields
 * (range.c): `piece` (an entry of the same table) gets the piece's key,
 * mask, value and priority. Stops at and returns fn's first non-zero. */
int p4e_range_pieces(const struct p4e_entry *e, struct p4e_entry *piece,
		     int (*fn)(struct p4e_entry *piece, unsigned i, void *ctx), void *ctx);

#endif
