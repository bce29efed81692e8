/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* gen_check.c: writes a large P4-16 program that type-checks, for the checker's benchmark.
 *
 *   gen_check [LINES [SEED]]   at least LINES lines (default 50000) on stdout
 *
 * Unlike gen_p4's, the program is meant to pass `p4c-ebpf --check` with no
 * error, so that check_bench measures the checker's normal path. It needs
 * no preprocessor: the declarations of core.p4 that it uses, a few generic
 * externs, the parser and control types and a package are written out at
 * the top. Then come modules, each a small pipeline with its own names
 * (suffix _mN): typedefs, a new type, enums and a serializable enum,
 * constants, headers with fields of many widths, structs, functions, a
 * parser with a value set and many states whose selects use values, masks,
 * ranges, tuples, `_` and default, a sub-control, an ingress control with
 * locals, extern instances, actions with directional and directionless
 * parameters, tables with exact, lpm and ternary keys, const entries and
 * default actions, and an apply block of assignments (arithmetic of
 * matching widths, casts, slices, concatenations), ifs, switches on values,
 * enums and action_run, and calls; and a deparser. The last module's
 * blocks make the package instance `main`.
 *
 * Expressions are built from variables of the width they need: a Pool
 * holds what is in scope (path, width, whether it may be assigned). The
 * output depends only on LINES and SEED. */
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gen_out.h"

/* ---- text of one expression or statement ---- */

typedef struct Buf {
	char s[8192];
	size_t n;
} Buf;

static void bput(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void bput(Buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int k = vsnprintf(b->s + b->n, sizeof(b->s) - b->n, fmt, ap);
	va_end(ap);
	if (k < 0 || (size_t)k >= sizeof(b->s) - b->n) {
		fprintf(stderr, "gen_check: an expression outgrew its buffer\n");
		exit(1);
	}
	b->n += (size_t)k;
}

static void breset(Buf *b)
{
	b->n = 0;
	b->s[0] = '\0';
}

/* The largest value of bit<w>, up to 64 bits. */
static uint64_t max_of(int w)
{
	return w >= 64 ? UINT64_MAX : (1ull << w) - 1;
}

/* A value that fits bit<w>, mostly small. */
static uint64_t value_of(int w)
{
	uint64_t v = chance(70) ? rnd(256) : rnd64();
	return v & max_of(w);
}

static void literal(Buf *b, int w)
{
	bput(b, "%dw%llu", w, (unsigned long long)value_of(w));
}

/* `v &&& m` with v inside the mask, so no bit of v is ignored. */
static void masked(Buf *b, int w)
{
	uint64_t m = value_of(w) | 1;
	bput(b, "%dw0x%llx &&& %dw0x%llx", w, (unsigned long long)(value_of(w) & m), w,
	     (unsigned long long)m);
}

/* An lpm key's value: a prefix mask of 1 to w bits. */
static void prefix(Buf *b, int w)
{
	int len = 1 + (int)rnd((unsigned)w);
	uint64_t m = max_of(w) & ~max_of(w - len);
	bput(b, "%dw0x%llx &&& %dw0x%llx", w, (unsigned long long)(value_of(w) & m), w,
	     (unsigned long long)m);
}

/* ---- what is in scope ---- */

enum { MAX_VARS = 160, MAX_BOOLS = 16 };

typedef struct Var {
	char path[48];
	int width;     /* bit<width> */
	bool readonly; /* constants, `in` parameters */
} Var;

typedef struct Pool {
	Var v[MAX_VARS];
	int n;
	char bools[MAX_BOOLS][48]; /* boolean expressions without side effects */
	int nbools;
} Pool;

static void pool_add(Pool *p, int width, bool readonly, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static void pool_add(Pool *p, int width, bool readonly, const char *fmt, ...)
{
	if (p->n == MAX_VARS) {
		fprintf(stderr, "gen_check: too many variables in scope\n");
		exit(1);
	}
	Var *v = &p->v[p->n++];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(v->path, sizeof(v->path), fmt, ap);
	va_end(ap);
	v->width = width;
	v->readonly = readonly;
}

static void pool_bool(Pool *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void pool_bool(Pool *p, const char *fmt, ...)
{
	if (p->nbools == MAX_BOOLS)
		return;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(p->bools[p->nbools++], sizeof(p->bools[0]), fmt, ap);
	va_end(ap);
}

enum { ANY_WIDTH = 0, WIDER = -1 };

/* A variable of width `w` (ANY_WIDTH: any; WIDER, with `than`: wider than
 * `than`); l-values only when `lvalue`. NULL when there is none. */
static const Var *pool_pick(const Pool *p, int w, int than, bool lvalue)
{
	int count = 0;
	for (int pass = 0; pass < 2; pass++) {
		int want = pass ? (int)rnd((unsigned)count) : -1;
		int k = 0;
		for (int i = 0; i < p->n; i++) {
			const Var *v = &p->v[i];
			if (lvalue && v->readonly)
				continue;
			if (w > 0 && v->width != w)
				continue;
			if (w == WIDER && v->width <= than)
				continue;
			if (pass && k == want)
				return v;
			k++;
		}
		if (!pass) {
			count = k;
			if (count == 0)
				return NULL;
		}
	}
	return NULL;
}

/* ---- expressions ---- */

static void gen_cond(Buf *b, const Pool *p, int depth);

/* An expression of type bit<w>. */
static void gen_expr(Buf *b, const Pool *p, int w, int depth)
{
	static const char *const ops[] = {"+", "-", "&", "|", "^", "+", "|+|", "|-|", "*"};
	unsigned choice = depth <= 0 ? rnd(4) : rnd(12);
	const Var *v;
	switch (choice) {
	case 0:
	case 1:
	case 2:
		if ((v = pool_pick(p, w, 0, false)) != NULL) {
			bput(b, "%s", v->path);
			return;
		}
		break;
	case 4:
	case 5:
		bput(b, "(");
		gen_expr(b, p, w, depth - 1);
		bput(b, " %s ", ops[rnd(sizeof(ops) / sizeof(ops[0]))]);
		gen_expr(b, p, w, depth - 1);
		bput(b, ")");
		return;
	case 6:
		bput(b, "(");
		gen_expr(b, p, w, depth - 1);
		bput(b, " %s %u)", chance(50) ? "<<" : ">>", rnd((unsigned)w));
		return;
	case 7:
		if ((v = pool_pick(p, WIDER, w, false)) != NULL) {
			int lo = (int)rnd((unsigned)(v->width - w + 1));
			bput(b, "%s[%d:%d]", v->path, lo + w - 1, lo);
			return;
		}
		break;
	case 8:
		if (w >= 2) {
			int a = 1 + (int)rnd((unsigned)(w - 1));
			bput(b, "(");
			gen_expr(b, p, a, depth - 1);
			bput(b, " ++ ");
			gen_expr(b, p, w - a, depth - 1);
			bput(b, ")");
			return;
		}
		break;
	case 9:
		if ((v = pool_pick(p, ANY_WIDTH, 0, false)) != NULL && v->width != w) {
			bput(b, "(bit<%d>)%s", w, v->path);
			return;
		}
		break;
	case 10:
		bput(b, "(");
		gen_cond(b, p, depth - 1);
		bput(b, " ? ");
		gen_expr(b, p, w, depth - 1);
		bput(b, " : ");
		gen_expr(b, p, w, depth - 1);
		bput(b, ")");
		return;
	case 11:
		bput(b, "~");
		gen_expr(b, p, w, 0);
		return;
	default:
		break;
	}
	literal(b, w);
}

/* A boolean expression. */
static void gen_cond(Buf *b, const Pool *p, int depth)
{
	static const char *const cmps[] = {"==", "!=", "<", ">", "<=", ">="};
	unsigned choice = depth <= 0 ? rnd(4) : rnd(7);
	const Var *v;
	switch (choice) {
	case 0:
	case 1:
	case 2:
		if ((v = pool_pick(p, ANY_WIDTH, 0, false)) != NULL) {
			bput(b, "%s %s ", v->path, cmps[rnd(6)]);
			gen_expr(b, p, v->width, depth - 1);
			return;
		}
		break;
	case 3:
		if (p->nbools > 0) {
			bput(b, "%s%s", chance(30) ? "!" : "", p->bools[rnd((unsigned)p->nbools)]);
			return;
		}
		break;
	case 4:
	case 5:
		bput(b, "(");
		gen_cond(b, p, depth - 1);
		bput(b, choice == 4 ? " && " : " || ");
		gen_cond(b, p, depth - 1);
		bput(b, ")");
		return;
	case 6:
		bput(b, "!(");
		gen_cond(b, p, depth - 1);
		bput(b, ")");
		return;
	default:
		break;
	}
	bput(b, "%s", chance(50) ? "true" : "false");
}

/* ---- statements ---- */

static long local_counter;

/* `x = e;` or `x op= e;` to an l-value of the pool. */
static void gen_assign(const Pool *p, int depth)
{
	static const char *const compound[] = {"+=", "-=", "&=", "|=", "^=", "|+|=", "<<="};
	const Var *v = pool_pick(p, ANY_WIDTH, 0, true);
	if (!v)
		return;
	Buf b;
	breset(&b);
	if (chance(20)) {
		const char *op = compound[rnd(sizeof(compound) / sizeof(compound[0]))];
		if (strcmp(op, "<<=") == 0)
			bput(&b, "%s <<= %u;", v->path, rnd((unsigned)v->width));
		else {
			bput(&b, "%s %s ", v->path, op);
			gen_expr(&b, p, v->width, 1);
			bput(&b, ";");
		}
	} else if (chance(10) && v->width >= 2) {
		/* an assignment to a slice */
		int w = 1 + (int)rnd((unsigned)(v->width - 1));
		int lo = (int)rnd((unsigned)(v->width - w + 1));
		bput(&b, "%s[%d:%d] = ", v->path, lo + w - 1, lo);
		gen_expr(&b, p, w, 2);
		bput(&b, ";");
	} else {
		bput(&b, "%s = ", v->path);
		gen_expr(&b, p, v->width, 2);
		bput(&b, ";");
	}
	line(depth, "%s", b.s);
}

/* Plain statements: assignments, ifs, blocks with locals. */
static void gen_stmts(Pool *p, int depth, int n, int nest)
{
	for (int i = 0; i < n; i++) {
		unsigned choice = nest > 0 ? rnd(10) : rnd(7);
		Buf b;
		breset(&b);
		if (choice < 6) {
			gen_assign(p, depth);
		} else if (choice == 6) {
			if (p->nbools > 0 && p->bools[0][0] != '\0' && strchr(p->bools[0], '(') == NULL) {
				/* the first bool is a variable (meta.flag) */
				bput(&b, "%s = ", p->bools[0]);
				gen_cond(&b, p, 1);
				line(depth, "%s;", b.s);
			} else {
				gen_assign(p, depth);
			}
		} else if (choice <= 8) {
			gen_cond(&b, p, 2);
			line(depth, "if (%s) {", b.s);
			gen_stmts(p, depth + 1, 1 + (int)rnd(3), nest - 1);
			if (chance(50)) {
				line(depth, "} else {");
				gen_stmts(p, depth + 1, 1 + (int)rnd(2), nest - 1);
			}
			line(depth, "}");
		} else {
			static const int widths[] = {8, 16, 32, 12, 4};
			int w = widths[rnd(5)];
			long id = local_counter++;
			gen_expr(&b, p, w, 2);
			line(depth, "{");
			line(depth + 1, "bit<%d> lv%ld = %s;", w, id, b.s);
			pool_add(p, w, false, "lv%ld", id);
			gen_stmts(p, depth + 1, 1 + (int)rnd(3), nest - 1);
			p->n--;
			line(depth, "}");
		}
	}
}

/* ---- the preamble: core.p4's declarations, externs, the architecture ---- */

static void preamble(void)
{
	line(0, "// A generated program for the type checker's benchmark (tests/bench/gen_check.c).");
	core_declarations();
	blank();
	line(0, "extern Register<T, I> {");
	line(1, "Register(bit<32> size);");
	line(1, "T read(in I index);");
	line(1, "void write(in I index, in T value);");
	line(0, "}");
	line(0, "extern Checksum<W> {");
	line(1, "Checksum();");
	line(1, "void clear();");
	line(1, "void add<D>(in D data);");
	line(1, "W get();");
	line(0, "}");
	line(0, "extern Counter<I> {");
	line(1, "Counter(bit<32> size, bool sparse);");
	line(1, "void count(in I index);");
	line(0, "}");
	line(0, "extern bit<16> hash16<D>(in D data);");
	blank();
	line(0, "T choose<T>(in bool c, in T a, in T b) {");
	line(1, "if (c) {");
	line(2, "return a;");
	line(1, "}");
	line(1, "return b;");
	line(0, "}");
	blank();
	line(0, "parser Prs<H, M>(packet_in pkt, out H hdr, inout M meta);");
	line(0, "control Ing<H, M>(inout H hdr, inout M meta, out bool accept);");
	line(0, "control Dep<H>(packet_out pkt, in H hdr);");
	line(0, "package Pipe<H, M>(Prs<H, M> p, Ing<H, M> ig, Dep<H> dp);");
}

/* ---- one module ---- */

enum { MAX_HEADERS = 6, MAX_FIELDS = 9, MAX_CONSTS = 6, MAX_FUNCS = 3, MAX_ACTIONS = 10 };

static const int field_widths[] = {1, 2, 3, 4, 5, 6, 7, 8, 8, 8, 9, 12, 16, 16, 16, 24, 32, 32, 48, 64};

typedef struct Module {
	int id;
	int nh;
	int nf[MAX_HEADERS];
	int w[MAX_HEADERS][MAX_FIELDS]; /* header 0's fields 0 and 1 are kind and proto */
	int nconsts;
	int cw[MAX_CONSTS];
	int nfuncs;
	int fw[MAX_FUNCS];
} Module;

static void gen_types(Module *m)
{
	int id = m->id;
	blank();
	line(0, "// ---- module %d ----", id);
	line(0, "typedef bit<16> port_m%d_t;", id);
	line(0, "typedef bit<32> addr_m%d_t;", id);
	line(0, "type bit<32> id_m%d_t;", id);
	line(0, "enum Color_m%d { Red, Green, Blue, Black }", id);
	line(0, "enum bit<8> Proto_m%d {", id);
	line(1, "Icmp = 1,");
	line(1, "Tcp = 6,");
	line(1, "Udp = 17");
	line(0, "}");

	m->nconsts = 3 + (int)rnd(MAX_CONSTS - 3);
	for (int i = 0; i < m->nconsts; i++) {
		m->cw[i] = field_widths[rnd(sizeof(field_widths) / sizeof(field_widths[0]))];
		line(0, "const bit<%d> C_m%d_%d = %dw%llu;", m->cw[i], id, i, m->cw[i],
		     (unsigned long long)value_of(m->cw[i]));
	}
	line(0, "const bit<%d> CC_m%d = C_m%d_0 ++ C_m%d_1;", m->cw[0] + m->cw[1], id, id, id);
	line(0, "const int SCALE_m%d = %u;", id, 1 + rnd(7));
	line(0, "const bit<32> LIMIT_m%d = (bit<32>)(SCALE_m%d * 1000 + %u);", id, id, rnd(100));

	m->nh = 3 + (int)rnd(MAX_HEADERS - 2);
	for (int h = 0; h < m->nh; h++) {
		line(0, "header H_m%d_%d {", id, h);
		int total = 0, f = 0;
		if (h == 0) {
			line(1, "port_m%d_t kind;", id);
			line(1, "Proto_m%d proto;", id);
			m->w[h][f++] = 16;
			m->w[h][f++] = 8;
			total = 24;
		}
		int want = f + 2 + (int)rnd(MAX_FIELDS - f - 2);
		for (; f < want - 1; f++) {
			int w = field_widths[rnd(sizeof(field_widths) / sizeof(field_widths[0]))];
			m->w[h][f] = w;
			total += w;
			if (w == 32 && chance(30))
				line(1, "addr_m%d_t f%d;", id, f);
			else
				line(1, "bit<%d> f%d;", w, f);
		}
		/* the last field rounds the header up to whole bytes */
		int pad = 8 - total % 8 + (chance(50) ? 8 : 0);
		m->w[h][f] = pad;
		line(1, "bit<%d> f%d;", pad, f);
		m->nf[h] = f + 1;
		line(0, "}");
	}
	line(0, "struct Inner_m%d {", id);
	line(1, "bit<8> x;");
	line(1, "bit<16> y;");
	line(0, "}");
	line(0, "struct Meta_m%d {", id);
	line(1, "bit<32> a;");
	line(1, "bit<16> b;");
	line(1, "bit<8> c;");
	line(1, "bool flag;");
	line(1, "Color_m%d color;", id);
	line(1, "int<16> s;");
	line(1, "id_m%d_t tag;", id);
	line(1, "Inner_m%d inner;", id);
	line(0, "}");
	line(0, "struct Headers_m%d {", id);
	for (int h = 0; h < m->nh; h++)
		line(1, "H_m%d_%d h%d;", id, h, h);
	line(0, "}");
}

/* The module's constants, readable everywhere. */
static void add_consts(Pool *p, const Module *m)
{
	for (int i = 0; i < m->nconsts; i++)
		pool_add(p, m->cw[i], true, "C_m%d_%d", m->id, i);
	pool_add(p, m->cw[0] + m->cw[1], true, "CC_m%d", m->id);
	pool_add(p, 32, true, "LIMIT_m%d", m->id);
}

static void add_headers(Pool *p, const Module *m, bool readonly)
{
	for (int h = 0; h < m->nh; h++) {
		for (int f = 0; f < m->nf[h]; f++) {
			if (h == 0 && f == 0)
				pool_add(p, 16, readonly, "hdr.h0.kind");
			else if (h == 0 && f == 1)
				continue; /* proto: a serializable enum */
			else
				pool_add(p, m->w[h][f], readonly, "hdr.h%d.f%d", h, f);
		}
		pool_bool(p, "hdr.h%d.isValid()", h);
	}
}

static void add_meta(Pool *p)
{
	pool_add(p, 32, false, "meta.a");
	pool_add(p, 16, false, "meta.b");
	pool_add(p, 8, false, "meta.c");
	pool_add(p, 8, false, "meta.inner.x");
	pool_add(p, 16, false, "meta.inner.y");
}

static void gen_functions(Module *m)
{
	static const int widths[] = {8, 16, 32};
	m->nfuncs = 2 + (int)rnd(MAX_FUNCS - 1);
	for (int i = 0; i < m->nfuncs; i++) {
		int w = widths[rnd(3)];
		m->fw[i] = w;
		line(0, "bit<%d> fn_m%d_%d(in bit<%d> x, in bit<%d> y, inout bit<8> n) {", w, m->id, i,
		     w, w);
		Pool p = {0};
		add_consts(&p, m);
		pool_add(&p, w, true, "x");
		pool_add(&p, w, true, "y");
		pool_add(&p, 8, false, "n");
		Buf b;
		breset(&b);
		gen_expr(&b, &p, w, 2);
		line(1, "bit<%d> t = %s;", w, b.s);
		pool_add(&p, w, false, "t");
		line(1, "n = n + 8w1;");
		gen_stmts(&p, 1, 2 + (int)rnd(3), 1);
		breset(&b);
		gen_cond(&b, &p, 2);
		line(1, "if (%s) {", b.s);
		line(2, "return t;");
		line(1, "}");
		breset(&b);
		gen_expr(&b, &p, w, 2);
		line(1, "return %s;", b.s);
		line(0, "}");
	}
}

/* A select key of a parser state that extracted header h. */
static void gen_select(const Module *m, int h, int state, int nstates)
{
	/* the states this one may go to: later ones, accept, reject */
	char targets[8][24];
	int nt = 0;
	snprintf(targets[nt++], sizeof(targets[0]), "s%d", state + 1);
	for (int i = 0; i < 3 && state + 2 < nstates; i++)
		snprintf(targets[nt++], sizeof(targets[0]), "s%d",
			 state + 2 + (int)rnd((unsigned)(nstates - state - 2)));
	snprintf(targets[nt++], sizeof(targets[0]), "accept");
	snprintf(targets[nt++], sizeof(targets[0]), "reject");
	Buf b;
	unsigned kind = h == 0 ? rnd(5) : rnd(3);
	if (state == 0 && kind == 3)
		kind = 0;
	if (kind == 4) {
		line(2, "transition select(hdr.h0.proto) {");
		line(3, "Proto_m%d.Tcp: %s;", m->id, targets[0]);
		line(3, "Proto_m%d.Udp: %s;", m->id, targets[rnd((unsigned)nt)]);
		line(3, "default: accept;");
		line(2, "}");
		return;
	}
	if (kind == 3) {
		line(2, "transition select(hdr.h0.kind) {");
		line(3, "pvs: %s;", targets[0]);
		line(3, "16w0x0800: %s;", targets[rnd((unsigned)nt)]);
		line(3, "default: accept;");
		line(2, "}");
		return;
	}
	if (kind == 2 && m->nf[h] >= 2) {
		/* a tuple of two fields */
		int f0 = h == 0 ? 0 : (int)rnd((unsigned)m->nf[h]);
		int f1 = h == 0 ? 2 + (int)rnd((unsigned)(m->nf[h] - 2)) : (int)rnd((unsigned)m->nf[h]);
		int w0 = m->w[h][f0], w1 = m->w[h][f1];
		const char *n0 = h == 0 && f0 == 0 ? "kind" : NULL;
		char key0[32];
		if (n0)
			snprintf(key0, sizeof(key0), "hdr.h0.kind");
		else
			snprintf(key0, sizeof(key0), "hdr.h%d.f%d", h, f0);
		line(2, "transition select(%s, hdr.h%d.f%d) {", key0, h, f1);
		int ncases = 1 + (int)rnd(4);
		for (int c = 0; c < ncases; c++) {
			breset(&b);
			bput(&b, "(");
			if ((uint64_t)c <= max_of(w0) && (c == 0 || chance(60)))
				bput(&b, "%dw%d", w0, c);
			else
				masked(&b, w0);
			bput(&b, ", ");
			if (chance(30))
				bput(&b, "_");
			else
				literal(&b, w1);
			bput(&b, ")");
			line(3, "%s: %s;", b.s, targets[rnd((unsigned)nt)]);
		}
		line(3, "default: %s;", targets[0]);
		line(2, "}");
		return;
	}
	/* one field: values, a mask, a range */
	int f = h == 0 ? (chance(50) ? 0 : 2 + (int)rnd((unsigned)(m->nf[0] - 2)))
		       : (int)rnd((unsigned)m->nf[h]);
	int w = m->w[h][f];
	if (h == 0 && f == 0)
		line(2, "transition select(hdr.h0.kind) {");
	else
		line(2, "transition select(hdr.h%d.f%d) {", h, f);
	int ncases = 1 + (int)rnd(5);
	uint64_t next = 0;
	for (int c = 0; c < ncases && next <= max_of(w); c++) {
		breset(&b);
		unsigned how = rnd(4);
		if (how == 0 && w >= 2) {
			masked(&b, w);
		} else if (how == 1 && next + 3 <= max_of(w)) {
			bput(&b, "%dw%llu .. %dw%llu", w, (unsigned long long)next, w,
			     (unsigned long long)(next + 3));
			next += 4;
		} else {
			bput(&b, "%dw%llu", w, (unsigned long long)next);
			next++;
		}
		line(3, "%s: %s;", b.s, targets[rnd((unsigned)nt)]);
		if (next == 0)
			break; /* wrapped around at 64 bits */
	}
	line(3, "default: %s;", targets[0]); /* every state is reachable */
	line(2, "}");
}

static void gen_parser(const Module *m)
{
	int id = m->id;
	int nstates = 8 + (int)rnd(10);
	line(0, "parser prs_m%d(packet_in pkt, out Headers_m%d hdr, inout Meta_m%d meta) {", id, id,
	     id);
	line(1, "value_set<bit<16>>(4) pvs;");
	line(1, "bit<32> depth = 0;");
	Pool p = {0};
	pool_bool(&p, "meta.flag");
	add_consts(&p, m);
	add_headers(&p, m, false);
	add_meta(&p);
	pool_add(&p, 32, false, "depth");
	for (int s = 0; s < nstates; s++) {
		int h = s == 0 ? 0 : (int)rnd((unsigned)m->nh);
		if (s == 0)
			line(1, "state start {");
		else
			line(1, "state s%d {", s);
		line(2, "pkt.extract(hdr.h%d);", h);
		line(2, "depth = depth + 1;");
		if (s == 0) {
			line(2, "verify(hdr.h0.kind != 16w0, error.NoMatch);");
			line(2, "meta.color = Color_m%d.Red;", id);
		}
		if (chance(30))
			line(2, "meta.c = pkt.lookahead<bit<8>>();");
		gen_stmts(&p, 2, (int)rnd(3), 1);
		if (s == nstates - 1)
			line(2, "transition accept;");
		else if (chance(15))
			line(2, "transition s%d;", s + 1);
		else
			gen_select(m, h, s, nstates);
		line(1, "}");
	}
	line(0, "}");
}

static void gen_subcontrol(const Module *m)
{
	int id = m->id;
	line(0, "control sub_m%d(inout Meta_m%d meta, in bit<16> k) {", id, id);
	line(1, "action bump(bit<32> d) {");
	line(2, "meta.a = meta.a + d;");
	line(1, "}");
	line(1, "action mark(inout bit<8> v, bit<8> d) {");
	line(2, "v = v ^ d;");
	line(1, "}");
	line(1, "table ts {");
	line(2, "key = {");
	line(3, "k : exact;");
	line(3, "meta.c : ternary;");
	line(2, "}");
	line(2, "actions = { bump; mark(meta.inner.x); NoAction; }");
	line(2, "default_action = bump(32w1);");
	line(2, "size = %u;", 64 << rnd(4));
	line(1, "}");
	line(1, "apply {");
	line(2, "ts.apply();");
	line(1, "}");
	line(0, "}");
}

/* One action of the ingress control: directionless parameters of the given
 * widths, and maybe an inout parameter first. */
typedef struct Action {
	int nparams;
	int pw[3];
	bool has_inout; /* `inout bit<32> x`, bound in the table to meta.a */
} Action;

static void gen_action(const Module *m, Pool *p, int k, Action *a)
{
	static const int widths[] = {8, 16, 32, 4, 12, 48};
	a->nparams = (int)rnd(4);
	a->has_inout = chance(25);
	Buf b;
	breset(&b);
	bput(&b, "action act%d(", k);
	if (a->has_inout)
		bput(&b, "inout bit<32> x%s", a->nparams ? ", " : "");
	for (int i = 0; i < a->nparams; i++) {
		a->pw[i] = widths[rnd(6)];
		bput(&b, "bit<%d> v%d%s", a->pw[i], i, i + 1 < a->nparams ? ", " : "");
	}
	line(1, "%s) {", b.s);
	int saved = p->n;
	if (a->has_inout)
		pool_add(p, 32, false, "x");
	for (int i = 0; i < a->nparams; i++)
		pool_add(p, a->pw[i], true, "v%d", i);
	if (a->nparams > 0)
		line(2, "meta.inner.y = (bit<16>)v0;");
	gen_stmts(p, 2, 1 + (int)rnd(4), 1);
	if (chance(40)) {
		int f = (int)rnd((unsigned)m->nfuncs);
		int w = m->fw[f];
		const Var *x = pool_pick(p, w, 0, false), *y = pool_pick(p, w, 0, false);
		const Var *dst = pool_pick(p, w, 0, true);
		if (x && y && dst)
			line(2, "%s = fn_m%d_%d(%s, %s, meta.c);", dst->path, m->id, f, x->path,
			     y->path);
	}
	if (chance(30))
		line(2, "accept = %s;", chance(50) ? "false" : "true");
	if (chance(25))
		line(2, "cnt.count(meta.c);");
	p->n = saved;
	line(1, "}");
}

/* The key of a table: a field and its width. */
typedef struct Key {
	char path[48];
	int width;
	int kind; /* 0 exact, 1 lpm, 2 ternary */
} Key;

/* Writes table t; its actions (indexes into acts) go to list[], their count is returned. */
static int gen_table(const Pool *p, int t, const Action *acts, int nacts, int *list)
{
	static const char *const kinds[] = {"exact", "lpm", "ternary"};
	Key keys[4];
	int nkeys = 1 + (int)rnd(3);
	bool has_lpm = false;
	for (int i = 0; i < nkeys; i++) {
		const Var *v = pool_pick(p, ANY_WIDTH, 0, true); /* not constants */
		snprintf(keys[i].path, sizeof(keys[i].path), "%s", v->path);
		keys[i].width = v->width;
		keys[i].kind = (int)rnd(3);
		if (keys[i].kind == 1 && has_lpm)
			keys[i].kind = 2;
		has_lpm |= keys[i].kind == 1;
	}
	/* the actions: a few of the control's, and NoAction */
	int nlist = 0;
	for (int i = 0; i < nacts; i++)
		if (chance(40) || (nlist == 0 && i == nacts - 1))
			list[nlist++] = i;
	line(1, "table t%d {", t);
	line(2, "key = {");
	for (int i = 0; i < nkeys; i++)
		line(3, "%s : %s;", keys[i].path, kinds[keys[i].kind]);
	line(2, "}");
	line(2, "actions = {");
	for (int i = 0; i < nlist; i++) {
		if (acts[list[i]].has_inout)
			line(3, "act%d(meta.a);", list[i]);
		else
			line(3, "act%d;", list[i]);
	}
	line(3, "NoAction;");
	line(2, "}");
	Buf b;
	/* const entries, with the actions that have no inout parameter */
	int plain[MAX_ACTIONS], nplain = 0;
	for (int i = 0; i < nlist; i++)
		if (!acts[list[i]].has_inout)
			plain[nplain++] = list[i];
	if (nplain > 0 && chance(60)) {
		line(2, "const entries = {");
		int nentries = 1 + (int)rnd(6);
		for (int i = 0; i < nkeys; i++) /* exact keys take entries 0, 1, 2... */
			if (keys[i].kind == 0 && (uint64_t)nentries > max_of(keys[i].width) + 1)
				nentries = (int)max_of(keys[i].width) + 1;
		for (int e = 0; e < nentries; e++) {
			breset(&b);
			if (nkeys > 1)
				bput(&b, "(");
			for (int i = 0; i < nkeys; i++) {
				int w = keys[i].width;
				if (i > 0)
					bput(&b, ", ");
				if (keys[i].kind == 0)
					bput(&b, "%dw%d", w, e); /* distinct entries */
				else if (keys[i].kind == 1)
					prefix(&b, w);
				else if (chance(30))
					bput(&b, "_");
				else
					masked(&b, w);
			}
			if (nkeys > 1)
				bput(&b, ")");
			if (chance(20)) {
				bput(&b, ": NoAction();");
			} else {
				const Action *a = &acts[plain[rnd((unsigned)nplain)]];
				bput(&b, ": act%d(", (int)(a - acts));
				for (int i = 0; i < a->nparams; i++) {
					if (i > 0)
						bput(&b, ", ");
					literal(&b, a->pw[i]);
				}
				bput(&b, ");");
			}
			line(3, "%s", b.s);
		}
		line(2, "}");
	}
	/* the default action */
	int d = list[rnd((unsigned)nlist)];
	const Action *a = &acts[d];
	if (chance(30)) {
		line(2, "default_action = NoAction();");
	} else {
		breset(&b);
		bput(&b, "%sdefault_action = act%d(", chance(30) ? "const " : "", d);
		if (a->has_inout)
			bput(&b, "meta.a%s", a->nparams ? ", " : "");
		for (int i = 0; i < a->nparams; i++) {
			if (i > 0)
				bput(&b, ", ");
			literal(&b, a->pw[i]);
		}
		bput(&b, ");");
		line(2, "%s", b.s);
	}
	line(2, "size = %u;", 256u << rnd(6));
	line(1, "}");
	return nlist;
}

static void gen_ingress(const Module *m)
{
	int id = m->id;
	line(0, "control ing_m%d(inout Headers_m%d hdr, inout Meta_m%d meta, out bool accept) {", id,
	     id, id);
	Pool p = {0};
	pool_bool(&p, "meta.flag");
	add_consts(&p, m);
	add_headers(&p, m, false);
	add_meta(&p);
	int nlocals = 1 + (int)rnd(4);
	static const int lw[] = {8, 16, 32, 64};
	for (int i = 0; i < nlocals; i++) {
		int w = lw[rnd(4)];
		line(1, "bit<%d> tmp%d = %dw%u;", w, i, w, rnd(100));
		pool_add(&p, w, false, "tmp%d", i);
	}
	line(1, "Register<bit<32>, bit<8>>(32w256) reg;");
	line(1, "Checksum<bit<16>>() ck;");
	line(1, "Counter<bit<8>>(32w256, false) cnt;");
	line(1, "sub_m%d() sub;", id);

	Action acts[MAX_ACTIONS];
	int nacts = 4 + (int)rnd(MAX_ACTIONS - 4);
	for (int k = 0; k < nacts; k++)
		gen_action(m, &p, k, &acts[k]);
	int ntables = 3 + (int)rnd(5);
	int tacts[8][MAX_ACTIONS], ntacts[8];
	for (int t = 0; t < ntables; t++)
		ntacts[t] = gen_table(&p, t, acts, nacts, tacts[t]);

	line(1, "apply {");
	line(2, "accept = true;");
	int nsteps = 12 + (int)rnd(16);
	Buf b;
	for (int i = 0; i < nsteps; i++) {
		breset(&b);
		switch (rnd(12)) {
		case 0: {
			int t = (int)rnd((unsigned)ntables);
			line(2, "switch (t%d.apply().action_run) {", t);
			/* labels: some of the table's actions, NoAction falling through */
			for (int i = 0; i < ntacts[t]; i++) {
				if (chance(50))
					continue;
				line(3, "act%d: {", tacts[t][i]);
				gen_stmts(&p, 4, 1 + (int)rnd(2), 1);
				line(3, "}");
			}
			line(3, "NoAction:");
			line(3, "default: {");
			gen_stmts(&p, 4, 1 + (int)rnd(2), 1);
			line(3, "}");
			line(2, "}");
			break;
		}
		case 1:
			line(2, "if (t%u.apply().%s) {", rnd((unsigned)ntables),
			     chance(50) ? "hit" : "miss");
			gen_stmts(&p, 3, 1 + (int)rnd(3), 1);
			line(2, "}");
			break;
		case 2:
			line(2, "switch (meta.color) {");
			line(3, "Color_m%d.Red: {", id);
			line(4, "meta.color = Color_m%d.Green;", id);
			line(3, "}");
			line(3, "Color_m%d.Green:", id);
			line(3, "Color_m%d.Blue: {", id);
			gen_stmts(&p, 4, 1 + (int)rnd(2), 1);
			line(3, "}");
			line(3, "default: {}");
			line(2, "}");
			break;
		case 3: {
			const Var *v = pool_pick(&p, ANY_WIDTH, 0, true);
			int w = v->width;
			line(2, "switch (%s) {", v->path);
			int n = 1 + (int)rnd(3);
			for (uint64_t c = 0; c < (uint64_t)n && c <= max_of(w); c++) {
				line(3, "%dw%llu: {", w, (unsigned long long)c);
				gen_stmts(&p, 4, 1, 0);
				line(3, "}");
			}
			line(3, "default: {}");
			line(2, "}");
			break;
		}
		case 4:
			line(2, "reg.write(meta.c, meta.a + 32w1);");
			line(2, "meta.a = reg.read(meta.inner.x);");
			break;
		case 5:
			line(2, "ck.clear();");
			line(2, "ck.add(hdr.h%u);", rnd((unsigned)m->nh));
			line(2, "ck.add(meta.b);");
			line(2, "meta.inner.y = ck.get() ^ hash16(hdr.h0.kind);");
			break;
		case 6: {
			int k = (int)rnd((unsigned)nacts);
			bput(&b, "act%d(", k);
			if (acts[k].has_inout)
				bput(&b, "meta.a%s", acts[k].nparams ? ", " : "");
			for (int i = 0; i < acts[k].nparams; i++) {
				if (i > 0)
					bput(&b, ", ");
				gen_expr(&b, &p, acts[k].pw[i], 1);
			}
			line(2, "%s);", b.s);
			break;
		}
		case 7:
			line(2, "sub.apply(meta, hdr.h0.kind);");
			line(2, "meta.tag = (id_m%d_t)(meta.a + (bit<32>)meta.c);", id);
			line(2, "meta.a = (bit<32>)meta.tag;");
			break;
		case 8:
			line(2, "meta.s = meta.s + (int<16>)meta.b - 16s%u;", rnd(100));
			line(2, "meta.b = (bit<16>)(meta.s >> 2);");
			line(2, "meta.a = choose(meta.flag, meta.a, LIMIT_m%d);", id);
			break;
		case 9:
			if (chance(50))
				line(2, "hdr.h%u.setInvalid();", rnd((unsigned)m->nh));
			else
				line(2, "hdr.h%u.setValid();", rnd((unsigned)m->nh));
			line(2, "if (hdr.h0.proto == Proto_m%d.Tcp) {", id);
			line(3, "meta.c = (bit<8>)hdr.h0.proto + 8w1;");
			line(2, "}");
			break;
		default:
			gen_stmts(&p, 2, 1 + (int)rnd(3), 2);
			break;
		}
	}
	line(1, "}");
	line(0, "}");
}

static void gen_deparser(const Module *m)
{
	line(0, "control dep_m%d(packet_out pkt, in Headers_m%d hdr) {", m->id, m->id);
	line(1, "apply {");
	for (int h = 0; h < m->nh; h++)
		line(2, "pkt.emit(hdr.h%d);", h);
	line(1, "}");
	line(0, "}");
}

int main(int argc, char **argv)
{
	long target = argc > 1 ? atol(argv[1]) : 50000;
	unsigned long long seed = argc > 2 ? strtoull(argv[2], NULL, 0) : 1;
	if (argc > 3 || target < 1) {
		fprintf(stderr, "usage: %s [LINES [SEED]]\n", argv[0]);
		return 2;
	}
	rng_state = seed * 0x9e3779b97f4a7c15ull + 0x243f6a8885a308d3ull;
	if (rng_state == 0)
		rng_state = 1;
	preamble();
	int last = 0;
	for (int id = 0; id == 0 || lines_written < target - 1; id++) {
		Module m = {.id = id};
		gen_types(&m);
		gen_functions(&m);
		gen_parser(&m);
		gen_subcontrol(&m);
		gen_ingress(&m);
		gen_deparser(&m);
		last = id;
	}
	blank();
	line(0, "Pipe(prs_m%d(), ing_m%d(), dep_m%d()) main;", last, last, last);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		perror("gen_check: stdout");
		return 1;
	}
	return 0;
}
