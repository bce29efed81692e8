/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* gen_p4.c: writes a large P4-16 program, for the parser benchmark and the fuzzer's seeds.
 *
 *   gen_p4 [LINES [SEED]]   at least LINES lines (default 50000) on stdout
 *
 * The program is a series of independent modules, each shaped like a small
 * packet pipeline: typedefs, enums, headers, a header union and structs; a
 * parser whose states select on header fields; an ingress control with
 * actions, tables (keys, actions, entries) and an apply block of ifs,
 * switches and assignments; a deparser; a function; and the package that
 * ties them together. It needs no #include: the declarations of core.p4 that
 * it uses are written out at the top. Expressions are built from fields of
 * the width they need, so the program is not only well formed but plausibly
 * typed. The output depends only on LINES and SEED. */
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gen_out.h"

#define PICK(array) (array)[rnd(sizeof(array) / sizeof((array)[0]))]

/* ---- the fields of one module, for building expressions ---- */

enum { MAX_HEADERS = 6, MAX_FIELDS = 10, MAX_TABLES = 5 };

typedef struct Field {
	char path[48]; /* hdr.h2.f3 */
	int width;
} Field;

typedef struct Module {
	int id;
	int nheaders;
	int nfields[MAX_HEADERS];
	int widths[MAX_HEADERS][MAX_FIELDS];
	Field fields[MAX_HEADERS * MAX_FIELDS + 8]; /* every header field, then meta */
	int nall;
	int ntables;
	int set_width[MAX_TABLES]; /* the width of action set<t>'s parameter */
} Module;

static const int field_widths[] = {1, 3, 4, 6, 8, 8, 8, 12, 13, 16, 16, 16, 32, 32, 48};

typedef struct Buf {
	char text[2048];
	size_t len;
} Buf;

static void put(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void put(Buf *b, const char *fmt, ...)
{
	if (b->len >= sizeof(b->text) - 1)
		return;
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(b->text + b->len, sizeof(b->text) - b->len, fmt, ap);
	va_end(ap);
	if (n > 0)
		b->len += (size_t)n;
	if (b->len >= sizeof(b->text))
		b->len = sizeof(b->text) - 1;
}

/* Inside `a ++ b` the operands need a width: no unsized literals there. */
static int sized_only;

/* An integer literal that fits in `width` bits, in one of P4's spellings. */
static void literal(Buf *b, int width)
{
	unsigned long long max = width >= 64 ? ~0ull : (1ull << width) - 1;
	unsigned long long v = rnd(1000) & max;
	unsigned spelling = rnd(6);
	if (sized_only && (spelling == 0 || spelling == 3))
		spelling = 1;
	switch (spelling) {
	case 0: put(b, "%llu", v); break;
	case 1: put(b, "%dw%llu", width, v); break;
	case 2: put(b, "%dw0x%llX", width, v); break;
	case 3: put(b, "0x%02llx", v); break;
	case 4: put(b, "%dw0b%s", width, v & 1 ? "1" : "0"); break;
	default: put(b, "%dw0x_%llx", width, v); break;
	}
}

static const Field *field_of_width(const Module *m, int width)
{
	int start = (int)rnd((unsigned)m->nall);
	for (int i = 0; i < m->nall; i++) {
		const Field *f = &m->fields[(start + i) % m->nall];
		if (f->width == width)
			return f;
	}
	return NULL;
}

/* An operand of `width` bits: a field, a slice of a wider one, a cast, a literal. */
static void operand(Buf *b, const Module *m, int width)
{
	const Field *f = field_of_width(m, width);
	if (f && chance(70)) {
		put(b, "%s", f->path);
		return;
	}
	const Field *any = &m->fields[rnd((unsigned)m->nall)];
	if (any->width > width && chance(50)) {
		int lo = (int)rnd((unsigned)(any->width - width + 1));
		put(b, "%s[%d:%d]", any->path, lo + width - 1, lo);
	} else if (chance(50)) {
		put(b, "(bit<%d>)%s", width, any->path);
	} else {
		literal(b, width);
	}
}

/* An expression of `width` bits, at most `depth` operators deep. */
static void expr(Buf *b, const Module *m, int width, int depth)
{
	if (depth <= 0 || chance(30)) {
		operand(b, m, width);
		return;
	}
	static const char *const ops[] = {"+", "-", "&", "|", "^", "|+|", "|-|", "*"};
	switch (rnd(8)) {
	case 0:
		put(b, "~");
		expr(b, m, width, depth - 1);
		break;
	case 1:
		put(b, "(");
		expr(b, m, width, depth - 1);
		put(b, ")");
		break;
	case 2:
		expr(b, m, width, depth - 1);
		put(b, " %s %d", chance(50) ? "<<" : ">>", (int)rnd((unsigned)width));
		break;
	case 3:
		if (width % 2 == 0 && width >= 2) {
			sized_only++;
			put(b, "(");
			expr(b, m, width / 2, depth - 1);
			put(b, " ++ ");
			expr(b, m, width / 2, depth - 1);
			put(b, ")");
			sized_only--;
			break;
		}
		/* fall through */
	case 4: {
		/* cond ? a : b, with a boolean condition */
		const Field *f = &m->fields[rnd((unsigned)m->nall)];
		put(b, "(%s == ", f->path);
		literal(b, f->width);
		put(b, " ? ");
		expr(b, m, width, depth - 1);
		put(b, " : ");
		expr(b, m, width, depth - 1);
		put(b, ")");
		break;
	}
	default:
		expr(b, m, width, depth - 1);
		put(b, " %s ", PICK(ops));
		expr(b, m, width, depth - 1);
		break;
	}
}

/* A boolean expression: comparisons, validity tests, && || !. */
static void cond(Buf *b, const Module *m, int depth)
{
	static const char *const cmps[] = {"==", "!=", "<", ">", "<=", ">="};
	switch (depth <= 0 ? rnd(2) : rnd(5)) {
	case 0: {
		int width = m->fields[rnd((unsigned)m->nall)].width;
		expr(b, m, width, 1);
		put(b, " %s ", PICK(cmps));
		expr(b, m, width, 1);
		break;
	}
	case 1:
		put(b, "hdr.h%u.isValid()", rnd((unsigned)m->nheaders));
		break;
	case 2:
		put(b, "!(");
		cond(b, m, depth - 1);
		put(b, ")");
		break;
	default:
		cond(b, m, depth - 1);
		put(b, chance(50) ? " && " : " || ");
		cond(b, m, depth - 1);
		break;
	}
}

/* ---- the fixed part: what core.p4 would declare, and the architecture ---- */

static void prelude(void)
{
	line(0, "/* Generated by tests/bench/gen_p4.c for the parser benchmark. */");
	core_declarations();
	blank();
	line(0, "extern Counter<I> {");
	line(1, "Counter(bit<32> size);");
	line(1, "void count(in I index);");
	line(0, "}");
	line(0, "extern Register<T, I> {");
	line(1, "Register(bit<32> size);");
	line(1, "T read(in I index);");
	line(1, "void write(in I index, in T value);");
	line(0, "}");
	line(0, "extern bit<16> checksum16<D>(in D data);");
	line(0, "parser Parser_t<H, M>(packet_in pkt, out H hdr, inout M meta);");
	line(0, "control Ingress_t<H, M>(inout H hdr, inout M meta);");
	line(0, "control Deparser_t<H>(packet_out pkt, in H hdr);");
	line(0, "package Pipeline_t<H, M>(Parser_t<H, M> p, Ingress_t<H, M> ig, Deparser_t<H> dp);");
	blank();
}

/* ---- one module ---- */

static void types(Module *m)
{
	int id = m->id;
	line(0, "/* ---- module %d ---- */", id);
	line(0, "typedef bit<48> mac%d_t;", id);
	line(0, "type bit<32> addr%d_t;", id);
	line(0, "const bit<16> ETHERTYPE%d = 16w0x0800;", id);
	line(0, "const int<8> BIAS%d = -8s3;", id);
	line(0, "enum bit<8> Kind%d {", id);
	line(1, "PLAIN = 8w1,");
	line(1, "TAGGED = 8w2,");
	line(1, "TUNNELED = 8w0x10");
	line(0, "}");
	line(0, "enum Verdict%d { PASS, DROP, PUNT }", id);
	blank();
	line(0, "@name(\"ethernet\")");
	line(0, "header eth%d_t {", id);
	line(1, "mac%d_t dst;", id);
	line(1, "mac%d_t src;", id);
	line(1, "bit<16> etype;");
	line(0, "}");
	m->nall = 0;
	for (int h = 0; h < m->nheaders; h++) {
		line(0, "header h%d_%d_t {", h, id);
		for (int f = 0; f < m->nfields[h]; f++) {
			line(1, "bit<%d> f%d;", m->widths[h][f], f);
			Field *fd = &m->fields[m->nall++];
			snprintf(fd->path, sizeof(fd->path), "hdr.h%d.f%d", h, f);
			fd->width = m->widths[h][f];
		}
		line(0, "}");
	}
	line(0, "header opt%d_t {", id);
	line(1, "bit<8> len;");
	line(1, "varbit<320> data;");
	line(0, "}");
	line(0, "header_union alt%d_t {", id);
	line(1, "h0_%d_t first;", id);
	line(1, "h1_%d_t second;", id);
	line(0, "}");
	line(0, "struct hdrs%d_t {", id);
	line(1, "eth%d_t eth;", id);
	for (int h = 0; h < m->nheaders; h++)
		line(1, "h%d_%d_t h%d;", h, id, h);
	line(1, "h0_%d_t[4] stk;", id);
	line(1, "opt%d_t opt;", id);
	line(1, "alt%d_t alt;", id);
	line(0, "}");
	line(0, "struct meta%d_t {", id);
	line(1, "bit<32> m0;");
	line(1, "bit<16> m1;");
	line(1, "bit<8> m2;");
	line(1, "bool flag;");
	line(1, "Kind%d kind;", id);
	line(1, "tuple<bit<8>, bit<16>> pair;");
	line(0, "}");
	static const struct { const char *path; int width; } meta[] = {
		{"meta.m0", 32}, {"meta.m1", 16}, {"meta.m2", 8}, {"hdr.eth.etype", 16},
	};
	for (size_t i = 0; i < sizeof(meta) / sizeof(meta[0]); i++) {
		Field *fd = &m->fields[m->nall++];
		snprintf(fd->path, sizeof(fd->path), "%s", meta[i].path);
		fd->width = meta[i].width;
	}
	blank();
}

static void parser(const Module *m)
{
	int id = m->id;
	Buf b;
	line(0, "parser prs%d(packet_in pkt, out hdrs%d_t hdr, inout meta%d_t meta) {", id, id, id);
	line(1, "value_set<bit<16>>(4) tunnel_types;");
	line(1, "bit<8> depth = 0;");
	line(1, "state start {");
	line(2, "pkt.extract(hdr.eth);");
	line(2, "meta.m0 = 0;");
	line(2, "transition select(hdr.eth.etype) {");
	line(3, "ETHERTYPE%d: parse_h0;", id);
	line(3, "16w0x86DD &&& 16w0xFFF0: parse_h1;");
	line(3, "tunnel_types: parse_opt;");
	line(3, "0x0000 .. 0x05FF: accept;");
	line(3, "default: reject;");
	line(2, "}");
	line(1, "}");
	line(1, "state parse_opt {");
	line(2, "pkt.extract(hdr.opt, (bit<32>)pkt.lookahead<bit<8>>() << 3);");
	line(2, "transition parse_h0;");
	line(1, "}");
	for (int h = 0; h < m->nheaders; h++) {
		line(1, "state parse_h%d {", h);
		if (chance(50))
			line(2, "pkt.extract<h%d_%d_t>(hdr.h%d);", h, id, h);
		else
			line(2, "pkt.extract(hdr.h%d);", h);
		if (chance(40)) {
			b.len = 0;
			cond(&b, m, 1);
			line(2, "verify(%s, error.NoMatch);", b.text);
		}
		if (chance(50)) {
			b.len = 0;
			expr(&b, m, 8, 2);
			line(2, "depth = %s;", b.text);
		}
		if (h + 1 == m->nheaders) {
			line(2, "transition accept;");
		} else if (m->nfields[h] >= 2) {
			line(2, "transition select(hdr.h%d.f0, hdr.h%d.f1) {", h, h);
			b.len = 0;
			literal(&b, m->widths[h][0]);
			line(3, "(%s, _): parse_h%d;", b.text, h + 1);
			b.len = 0;
			literal(&b, m->widths[h][1]);
			line(3, "(_, %s): parse_h%d;", b.text, m->nheaders - 1);
			line(3, "default: accept;");
			line(2, "}");
		} else {
			line(2, "transition select(hdr.h%d.f0) {", h);
			line(3, "0: parse_h%d;", h + 1);
			line(3, "default: accept;");
			line(2, "}");
		}
		line(1, "}");
	}
	line(0, "}");
	blank();
}

static void table(const Module *m, int t)
{
	int h = (int)rnd((unsigned)m->nheaders);
	static const char *const kinds[] = {"exact", "exact", "ternary", "lpm"};
	int nkeys = m->nfields[h] < 3 ? m->nfields[h] : 3;
	const char *kind[3];
	line(1, "@name(\"ingress.t%d\")", t);
	line(1, "table t%d {", t);
	line(2, "key = {");
	for (int k = 0; k < nkeys; k++) {
		kind[k] = k == nkeys - 1 ? PICK(kinds) : "exact"; /* lpm only last */
		if (chance(30))
			line(3, "hdr.h%d.f%d: %s @name(\"k%d\");", h, k, kind[k], k);
		else
			line(3, "hdr.h%d.f%d: %s;", h, k, kind[k]);
	}
	line(2, "}");
	line(2, "actions = {");
	line(3, "set%d;", t);
	line(3, "drop;");
	line(3, "@defaultonly NoAction;");
	line(2, "}");
	line(2, "size = %u;", 64u << rnd(8));
	if (chance(50))
		line(2, "default_action = NoAction();");
	else
		line(2, "const default_action = drop();");
	if (chance(60)) {
		line(2, "const entries = {");
		int n = 1 + (int)rnd(4);
		for (int e = 0; e < n; e++) {
			Buf b = {.len = 0};
			if (nkeys > 1)
				put(&b, "(");
			for (int k = 0; k < nkeys; k++) {
				int w = m->widths[h][k];
				if (k)
					put(&b, ", ");
				if (strcmp(kind[k], "exact") != 0 && chance(30)) {
					put(&b, "_");
				} else if (strcmp(kind[k], "exact") != 0) {
					literal(&b, w);
					put(&b, " &&& ");
					literal(&b, w);
				} else {
					literal(&b, w);
				}
			}
			if (nkeys > 1)
				put(&b, ")");
			Buf arg = {.len = 0};
			literal(&arg, m->set_width[t]);
			line(3, "%s: set%d(%s);", b.text, t, arg.text);
		}
		line(2, "}");
	}
	line(1, "}");
}

static void statements(const Module *m, int depth, int n);

static void statement(const Module *m, int depth)
{
	Buf b = {.len = 0}, c = {.len = 0};
	const Field *f = &m->fields[rnd((unsigned)m->nall)];
	static const char *const compound[] = {"+=", "-=", "&=", "|=", "^=", "<<=", ">>="};
	switch (rnd(depth > 3 ? 5 : 9)) {
	case 0:
	case 1:
		expr(&b, m, f->width, 3);
		line(depth, "%s = %s;", f->path, b.text);
		break;
	case 2:
		literal(&b, f->width);
		line(depth, "%s %s %s;", f->path, PICK(compound), b.text);
		break;
	case 3:
		expr(&b, m, 32, 2);
		line(depth, "bit<32> tmp%ld = %s;", lines_written, b.text);
		break;
	case 4:
		switch (rnd(4)) {
		case 0: line(depth, "hdr.h%u.setValid();", rnd((unsigned)m->nheaders)); break;
		case 1: line(depth, "hdr.h%u.setInvalid();", rnd((unsigned)m->nheaders)); break;
		case 2: line(depth, "counter.count(meta.m0);"); break;
		default: line(depth, "hdr.stk[%u].f0 = hdr.h0.f0;", rnd(4)); break;
		}
		break;
	case 5:
	case 6:
		cond(&b, m, 2);
		line(depth, "if (%s) {", b.text);
		statements(m, depth + 1, 1 + (int)rnd(3));
		if (chance(40)) {
			cond(&c, m, 1);
			line(depth, "} else if (%s) {", c.text);
			statements(m, depth + 1, 1 + (int)rnd(2));
		}
		if (chance(50)) {
			line(depth, "} else {");
			statements(m, depth + 1, 1 + (int)rnd(2));
		}
		line(depth, "}");
		break;
	case 7: {
		int t = (int)rnd((unsigned)m->ntables);
		line(depth, "switch (t%d.apply().action_run) {", t);
		line(depth + 1, "set%d: {", t);
		statements(m, depth + 2, 1 + (int)rnd(2));
		line(depth + 1, "}");
		line(depth + 1, "drop:");
		line(depth + 1, "default: {");
		statements(m, depth + 2, 1);
		line(depth + 1, "}");
		line(depth, "}");
		break;
	}
	default:
		line(depth, "if (t%u.apply().%s) {", rnd((unsigned)m->ntables), chance(50) ? "hit" : "miss");
		statements(m, depth + 1, 1 + (int)rnd(2));
		line(depth, "}");
		break;
	}
}

static void statements(const Module *m, int depth, int n)
{
	for (int i = 0; i < n; i++)
		statement(m, depth);
}

static void ingress(Module *m)
{
	int id = m->id;
	line(0, "control ingress%d(inout hdrs%d_t hdr, inout meta%d_t meta) {", id, id, id);
	line(1, "Counter<bit<32>>(1024) counter;");
	line(1, "Register<bit<32>, bit<32>>(256) last_seen;");
	line(1, "bit<32> scratch;");
	line(1, "@hidden");
	line(1, "action drop() {");
	line(2, "meta.flag = true;");
	line(2, "meta.kind = Kind%d.TUNNELED;", id);
	line(1, "}");
	for (int t = 0; t < m->ntables; t++) {
		int h = (int)rnd((unsigned)m->nheaders);
		int f = (int)rnd((unsigned)m->nfields[h]);
		Buf b = {.len = 0};
		expr(&b, m, 32, 2);
		m->set_width[t] = m->widths[h][f];
		line(1, "action set%d(bit<%d> v) {", t, m->widths[h][f]);
		line(2, "hdr.h%d.f%d = v;", h, f);
		line(2, "meta.m0 = %s;", b.text);
		line(2, "last_seen.write(meta.m0, scratch);");
		line(1, "}");
	}
	for (int t = 0; t < m->ntables; t++)
		table(m, t);
	line(1, "apply {");
	line(2, "scratch = last_seen.read(meta.m0);");
	line(2, "if (hdr.h0.isValid()) {");
	line(3, "t0.apply();");
	line(2, "}");
	statements(m, 2, 6 + (int)rnd(8));
	line(2, "meta.pair = { meta.m2, meta.m1 };");
	line(2, "hdr.eth.etype = checksum16({ hdr.h0.f0, meta.m1 });");
	line(1, "}");
	line(0, "}");
	blank();
}

static void rest(const Module *m)
{
	int id = m->id;
	line(0, "control deparser%d(packet_out pkt, in hdrs%d_t hdr) {", id, id);
	line(1, "apply {");
	line(2, "pkt.emit(hdr.eth);");
	for (int h = 0; h < m->nheaders; h++)
		line(2, "pkt.emit(hdr.h%d);", h);
	line(2, "pkt.emit(hdr.stk);");
	line(1, "}");
	line(0, "}");
	blank();
	line(0, "bit<16> fold%d(in bit<32> sum, in int<8> bias) {", id);
	line(1, "bit<32> s = sum;");
	line(1, "for (bit<8> i = 0; i < 2; i = i + 1) {");
	line(2, "s = (s & 0xFFFF) + (s >> 16);");
	line(1, "}");
	line(1, "return ~s[15:0] + (bit<16>)(bit<8>)bias;");
	line(0, "}");
	blank();
	line(0, "Pipeline_t(prs%d(), ingress%d(), deparser%d()) main%d;", id, id, id, id);
	blank();
}

static void module(int id)
{
	Module m = {.id = id};
	m.nheaders = 2 + (int)rnd(MAX_HEADERS - 1);
	for (int h = 0; h < m.nheaders; h++) {
		m.nfields[h] = 1 + (int)rnd(MAX_FIELDS);
		for (int f = 0; f < m.nfields[h]; f++)
			m.widths[h][f] = PICK(field_widths);
	}
	m.ntables = 1 + (int)rnd(MAX_TABLES);
	types(&m);
	parser(&m);
	ingress(&m);
	rest(&m);
}

int main(int argc, char **argv)
{
	if (argc > 3 || (argc > 1 && argv[1][0] == '-')) {
		fprintf(stderr, "usage: %s [LINES [SEED]]\n", argv[0]);
		return 2;
	}
	long target = argc > 1 ? strtol(argv[1], NULL, 10) : 50000;
	rng_state = argc > 2 ? strtoull(argv[2], NULL, 10) : 1;
	if (rng_state == 0)
		rng_state = 1;
	prelude();
	for (int id = 0; lines_written < target; id++)
		module(id);
	return fflush(stdout) == 0 ? 0 : 1;
}
