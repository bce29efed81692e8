/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* gen_out.h: what the benchmark's program generators share: indented lines
 * counted as they are written, core.p4's declarations, and xorshift64*
 * randomness, so that a seed gives the same program everywhere. One generator per program includes it. */
#ifndef GEN_OUT_H
#define GEN_OUT_H

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

static long lines_written;

static inline void line(int depth, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static inline void line(int depth, const char *fmt, ...)
{
	for (int i = 0; i < depth; i++)
		fputs("    ", stdout);
	va_list ap;
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
	lines_written++;
}

static inline void blank(void)
{
	putchar('\n');
	lines_written++;
}

/* What core.p4 declares and every generated program needs: errors, the
 * packet externs, verify, NoAction and the match kinds. */
static inline void core_declarations(void)
{
	line(0, "error { NoError, PacketTooShort, NoMatch, StackOutOfBounds, HeaderTooShort,");
	line(1, "ParserTimeout, ParserInvalidArgument }");
	line(0, "extern packet_in {");
	line(1, "void extract<T>(out T hdr);");
	line(1, "void extract<T>(out T variableSizeHeader, in bit<32> variableFieldSizeInBits);");
	line(1, "T lookahead<T>();");
	line(1, "void advance(in bit<32> sizeInBits);");
	line(1, "bit<32> length();");
	line(0, "}");
	line(0, "extern packet_out {");
	line(1, "void emit<T>(in T hdr);");
	line(0, "}");
	line(0, "extern void verify(in bool check, in error toSignal);");
	line(0, "@noWarn(\"unused\")");
	line(0, "action NoAction() {}");
	line(0, "match_kind { exact, ternary, lpm }");
}

static uint64_t rng_state;

static inline uint64_t rnd64(void)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 2685821657736338717ull;
}

static inline unsigned rnd(unsigned n)
{
	return (unsigned)((rnd64() >> 33) % n);
}

static inline bool chance(unsigned percent)
{
	return rnd(100) < percent;
}

#endif
