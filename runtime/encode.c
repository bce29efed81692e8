/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* encode.c: text <-> the bytes of keys, masks, prefixes and action data
 * (runtime/ABI.md, sections 2, 3 and 5).
 *
 * Every value goes through one form: big-endian bytes of the field's width,
 * right-aligned ("be"). Parsing produces it from any of the text forms;
 * p4e_field_put() and p4e_field_get() convert between it and a field's place
 * in a map key or value, whatever its size and byte order. Arbitrary widths
 * therefore cost nothing extra, and masks use the very same code as values. */
#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "p4e_internal.h"

/* Big numbers while parsing: one byte more than the widest field, so that a
 * value that is too wide is seen before it is lost. */
#define BIG_BYTES (P4E_MAX_FIELD_BYTES + 1)

struct big {
	uint8_t b[BIG_BYTES]; /* big-endian */
	bool overflow;
};

/* big = big * mul + add (mul <= 256, add < 256). */
static void big_muladd(struct big *n, unsigned mul, unsigned add)
{
	unsigned carry = add;
	int i;

	for (i = BIG_BYTES - 1; i >= 0; i--) {
		unsigned v = n->b[i] * mul + carry;

		n->b[i] = (uint8_t)v;
		carry = v >> 8;
	}
	if (carry)
		n->overflow = true;
}

/* big = (big << bits) | add, for bits 1..4; the shifted-out bits are kept
 * in overflow when they are not all `fill`. */
static void big_shift_in(struct big *n, unsigned bits, unsigned add, unsigned fill)
{
	unsigned out = n->b[0] >> (8 - bits);
	int i;

	if (out != (fill ? (1u << bits) - 1 : 0))
		n->overflow = true;
	for (i = 0; i < BIG_BYTES - 1; i++)
		n->b[i] = (uint8_t)(n->b[i] << bits | n->b[i + 1] >> (8 - bits));
	n->b[BIG_BYTES - 1] = (uint8_t)(n->b[BIG_BYTES - 1] << bits | add);
}

/* Are any bits at or above `width` set? */
static bool big_wider_than(const struct big *n, unsigned width)
{
	unsigned total = BIG_BYTES * 8, i;

	if (n->overflow)
		return true;
	for (i = 0; i < total - width; i++)
		if (n->b[i / 8] & (0x80 >> (i % 8)))
			return true;
	return false;
}

/* The low `width` bits as `be` ((width + 7) / 8 bytes). */
static void big_out(const struct big *n, unsigned width, uint8_t *be)
{
	unsigned nb = p4e_be_bytes(width);

	memcpy(be, n->b + BIG_BYTES - nb, nb);
	if (width % 8)
		be[0] &= (uint8_t)((1u << (width % 8)) - 1);
}

static int digit_value(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return 99;
}

/* "aa:bb:cc:dd:ee:ff" with 1 or 2 hex digits per group. */
static bool parse_mac(const char *s, uint8_t *out)
{
	unsigned i;

	for (i = 0; i < 6; i++) {
		unsigned v = 0, d = 0;

		while (isxdigit((unsigned char)*s) && d < 2) {
			v = v * 16 + (unsigned)digit_value(*s++);
			d++;
		}
		if (!d || (i < 5 && *s++ != ':'))
			return false;
		out[i] = (uint8_t)v;
	}
	return *s == '\0';
}

int p4e_parse_value(const char *text, unsigned width, uint8_t *value, uint8_t *mask,
		    const char *what)
{
	struct big v = { 0 }, m;
	unsigned nb = p4e_be_bytes(width), bits = 0, base = 10, digits = 0;
	const char *s = text;
	bool neg = false, wild = false;
	uint8_t addr[16];

	if (!width || nb > P4E_MAX_FIELD_BYTES) {
		p4e_warn("%s: a field of %u bits cannot be encoded\n", what, width);
		return p4e_err(EINVAL);
	}
	memset(m.b, 0xff, sizeof(m.b));
	m.overflow = false;

	/* Addresses first: their forms cannot be numbers. */
	if (strchr(s, '.') && inet_pton(AF_INET, s, addr) == 1) {
		if (width != 32)
			goto not_addr;
		memcpy(value, addr, 4);
		goto done_exact;
	}
	if (strchr(s, ':')) {
		if (width == 48 && parse_mac(s, addr)) {
			memcpy(value, addr, 6);
			goto done_exact;
		}
		if (width == 128 && inet_pton(AF_INET6, s, addr) == 1) {
			memcpy(value, addr, 16);
			goto done_exact;
		}
		goto not_addr;
	}
	if (strcmp(s, "true") == 0 || strcmp(s, "false") == 0) {
		memset(value, 0, nb);
		value[nb - 1] = s[0] == 't';
		goto done_exact;
	}

	if (*s == '-') {
		neg = true;
		s++;
	}
	if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
		base = 16, bits = 4, s += 2;
	} else if (s[0] == '0' && (s[1] == 'b' || s[1] == 'B')) {
		base = 2, bits = 1, s += 2;
	} else if (s[0] == '0' && (s[1] == 'o' || s[1] == 'O')) {
		base = 8, bits = 3, s += 2;
	}
	for (; *s; s++) {
		int d;

		if (*s == '_' && digits)
			continue;
		if (*s == '*' && bits) {
			if (!mask) {
				p4e_warn("%s: '%s' has don't-care digits where a value is needed\n",
					 what, text);
				return p4e_err(EINVAL);
			}
			big_shift_in(&v, bits, 0, 0);
			big_shift_in(&m, bits, 0, 1);
			wild = true;
			digits++;
			continue;
		}
		d = digit_value(*s);
		if ((unsigned)d >= base) {
			p4e_warn("%s: '%s' is not a number\n", what, text);
			return p4e_err(EINVAL);
		}
		if (bits) {
			big_shift_in(&v, bits, (unsigned)d, 0);
			big_shift_in(&m, bits, (1u << bits) - 1, 1);
		} else {
			big_muladd(&v, 10, (unsigned)d);
		}
		digits++;
	}
	if (!digits) {
		p4e_warn("%s: '%s' is not a number\n", what, text);
		return p4e_err(EINVAL);
	}
	if (neg && wild) {
		p4e_warn("%s: '%s': a negative number cannot have don't-care digits\n", what, text);
		return p4e_err(EINVAL);
	}
	if (big_wider_than(&v, width)) {
		p4e_warn("%s: %s does not fit in %u bit%s\n", what, text, width,
			 width == 1 ? "" : "s");
		return p4e_err(EINVAL);
	}
	if (neg) {
		/* Two's complement in `width` bits: invert and add one. */
		unsigned i;

		for (i = 0; i < BIG_BYTES; i++)
			v.b[i] = (uint8_t)~v.b[i];
		big_muladd(&v, 1, 1);
	}
	big_out(&v, width, value);
	if (mask)
		big_out(&m, width, mask);
	return 0;

not_addr:
	p4e_warn("%s: '%s' is not a value of %u bits\n", what, text, width);
	return p4e_err(EINVAL);
done_exact:
	if (mask) {
		struct big all;

		memset(all.b, 0xff, sizeof(all.b));
		big_out(&all, width, mask);
	}
	return 0;
}

int p4e_format_be(const uint8_t *be, unsigned width, char *out, size_t len)
{
	unsigned nb = p4e_be_bytes(width), digits = (width + 3) / 4, i;
	size_t pos = 2;

	if (len < digits + 3)
		return p4e_err(ENOSPC);
	out[0] = '0';
	out[1] = 'x';
	/* Nibble i counts from the least significant end. */
	for (i = digits; i > 0; i--) {
		uint8_t byte = be[nb - 1 - (i - 1) / 2];

		out[pos++] = "0123456789abcdef"[(i - 1) % 2 ? byte >> 4 : byte & 0xf];
	}
	out[pos] = '\0';
	return 0;
}

/* ------------------------------------------------------- fields in buffers */

void p4e_field_put(const struct p4e_field *f, void *buf, const uint8_t *be)
{
	uint8_t *dst = (uint8_t *)buf + f->offset;
	unsigned nb = p4e_be_bytes(f->width), i;

	if (f->order == P4E_ORDER_HOST && f->width <= 64) {
		uint64_t v = 0;

		for (i = 0; i < nb; i++)
			v = v << 8 | be[i];
		switch (f->size) {
		case 1: {
			uint8_t x = (uint8_t)v;
			memcpy(dst, &x, 1);
			break;
		}
		case 2: {
			uint16_t x = (uint16_t)v;
			memcpy(dst, &x, 2);
			break;
		}
		case 4: {
			uint32_t x = (uint32_t)v;
			memcpy(dst, &x, 4);
			break;
		}
		default:
			memcpy(dst, &v, 8);
			break;
		}
		return;
	}
	memset(dst, 0, f->size);
	memcpy(dst + f->size - nb, be, nb);
}

void p4e_field_get(const struct p4e_field *f, const void *buf, uint8_t *be)
{
	const uint8_t *src = (const uint8_t *)buf + f->offset;
	unsigned nb = p4e_be_bytes(f->width), i;

	if (f->order == P4E_ORDER_HOST && f->width <= 64) {
		uint64_t v;

		switch (f->size) {
		case 1: {
			uint8_t x;
			memcpy(&x, src, 1);
			v = x;
			break;
		}
		case 2: {
			uint16_t x;
			memcpy(&x, src, 2);
			v = x;
			break;
		}
		case 4: {
			uint32_t x;
			memcpy(&x, src, 4);
			v = x;
			break;
		}
		default:
			memcpy(&v, src, 8);
			break;
		}
		for (i = nb; i > 0; i--) {
			be[i - 1] = (uint8_t)v;
			v >>= 8;
		}
	} else {
		memcpy(be, src + f->size - nb, nb);
	}
	if (f->width % 8)
		be[0] &= (uint8_t)((1u << (f->width % 8)) - 1);
}

/* ------------------------------------------------------------ matches */

static bool be_all(const uint8_t *be, unsigned width, bool ones)
{
	unsigned nb = p4e_be_bytes(width), i;

	for (i = 0; i < nb; i++) {
		uint8_t want = ones ? 0xff : 0;

		if (i == 0 && width % 8)
			want &= (uint8_t)((1u << (width % 8)) - 1);
		if (be[i] != want)
			return false;
	}
	return true;
}

/* The mask of the top `prefix` bits of a `width`-bit field. */
static void prefix_mask(unsigned width, unsigned prefix, uint8_t *be)
{
	unsigned nb = p4e_be_bytes(width), lead = nb * 8 - width, i;

	memset(be, 0, nb);
	for (i = lead; i < lead + prefix; i++)
		be[i / 8] |= (uint8_t)(0x80 >> (i % 8));
}

/* The prefix length of a mask, or -1 when the mask is not a prefix. */
static int mask_prefix(const uint8_t *be, unsigned width)
{
	unsigned nb = p4e_be_bytes(width), lead = nb * 8 - width, i;
	int prefix = 0;
	bool zeros = false;

	for (i = lead; i < nb * 8; i++) {
		bool bit = be[i / 8] & (0x80 >> (i % 8));

		if (bit && zeros)
			return -1;
		if (bit)
			prefix++;
		else
			zeros = true;
	}
	return prefix;
}

/* The largest value of `width` bits that value&&&mask matches: the end of
 * the range a prefix covers. */
static void range_end(unsigned width, const uint8_t *value, const uint8_t *mask, uint8_t *hi)
{
	unsigned nb = p4e_be_bytes(width), i;

	for (i = 0; i < nb; i++)
		hi[i] = value[i] | (uint8_t)~mask[i];
	hi[0] &= width % 8 ? (uint8_t)((1u << (width % 8)) - 1) : 0xff;
}

static void reverse(uint8_t *b, unsigned n)
{
	unsigned i;

	for (i = 0; i < n / 2; i++) {
		uint8_t t = b[i];

		b[i] = b[n - 1 - i];
		b[n - 1 - i] = t;
	}
}

/* A range field's match: `lo..hi` or `lo->hi` into value and hi (a range
 * is no mask: the mask stays all ones); the other forms become the range
 * they cover. Returns the width, or -errno. */
static int parse_range(const struct p4e_field *f, const char *text, const char *what,
		       uint8_t *value, uint8_t *mask, uint8_t *hi)
{
	unsigned nb = p4e_be_bytes(f->width), i;
	const char *dots = strstr(text, ".."), *arrow = strstr(text, "->");
	const char *sep = dots ? dots : arrow;
	char buf[512];
	int err;

	if (sep) {
		if ((size_t)(sep - text) >= sizeof(buf))
			return p4e_err(EINVAL);
		memcpy(buf, text, (size_t)(sep - text));
		buf[sep - text] = '\0';
		err = p4e_parse_value(buf, f->width, value, NULL, what);
		if (!err)
			err = p4e_parse_value(sep + 2, f->width, hi, NULL, what);
		if (err)
			return err;
		if (memcmp(value, hi, nb) > 0) {
			p4e_warn("%s: range '%s' ends below its start\n", what, text);
			return p4e_err(EINVAL);
		}
	} else {
		/* value&&&mask, value/prefix, value, '*': what they match must be
		 * a range, so the mask must be a prefix. */
		if (mask_prefix(mask, f->width) < 0) {
			p4e_warn("%s: a range field matches LO..HI, a value or a prefix, not '%s'\n",
				 what, text);
			return p4e_err(EINVAL);
		}
		for (i = 0; i < nb; i++)
			value[i] &= mask[i];
		range_end(f->width, value, mask, hi);
	}
	prefix_mask(f->width, f->width, mask);
	return (int)f->width;
}

/* Parses one key field's match into value and mask (big-endian bytes), and
 * a range field's upper bound into hi. */
static int parse_match(const struct p4e_table *t, const struct p4e_field *f, const char *text,
		       unsigned flags, uint8_t *value, uint8_t *mask, uint8_t *hi)
{
	unsigned nb = p4e_be_bytes(f->width), i;
	char what[512], buf[512];
	const char *amp = strstr(text, "&&&"), *slash = strchr(text, '/');
	bool p4c_lpm = (flags & P4E_F_P4C_LPM) && f->match == P4E_MATCH_LPM;
	int err, prefix = -1;

	snprintf(what, sizeof(what), "table '%s': key field '%s'", t->name, f->name);
	if (strlen(text) >= sizeof(buf)) {
		p4e_warn("%s: value too long\n", what);
		return p4e_err(EINVAL);
	}
	if (f->match == P4E_MATCH_RANGE && (strstr(text, "..") || strstr(text, "->")))
		return parse_range(f, text, what, value, mask, hi);
	if (strcmp(text, "*") == 0 || strcmp(text, "_") == 0) {
		memset(value, 0, nb);
		memset(mask, 0, nb);
	} else if (amp) {
		memcpy(buf, text, (size_t)(amp - text));
		buf[amp - text] = '\0';
		err = p4e_parse_value(buf, f->width, value, NULL, what);
		if (!err)
			err = p4e_parse_value(amp + 3, f->width, mask, NULL, what);
		if (err)
			return err;
	} else if (slash) {
		char *end;
		long p;

		memcpy(buf, text, (size_t)(slash - text));
		buf[slash - text] = '\0';
		err = p4e_parse_value(buf, f->width, value, NULL, what);
		if (err)
			return err;
		p = strtol(slash + 1, &end, 10);
		if (!slash[1] || *end || p < 0 || p > (long)f->width) {
			p4e_warn("%s: prefix '/%s' is not a length from 0 to %u\n", what, slash + 1,
				 f->width);
			return p4e_err(EINVAL);
		}
		if (p4c_lpm)
			reverse(value, nb);
		prefix = (int)p;
		prefix_mask(f->width, (unsigned)p, mask);
	} else {
		err = p4e_parse_value(text, f->width, value, mask, what);
		if (err)
			return err;
		if (p4c_lpm)
			reverse(value, nb);
	}

	/* What this field's match kind (and its table) allow. */
	if (f->match == P4E_MATCH_EXACT || t->kind == P4E_TABLE_EXACT || t->kind == P4E_TABLE_ARRAY) {
		if (!be_all(mask, f->width, true)) {
			p4e_warn("%s: an exact field cannot match '%s'\n", what, text);
			return p4e_err(EINVAL);
		}
	} else if (f->match == P4E_MATCH_LPM) {
		if (prefix < 0)
			prefix = mask_prefix(mask, f->width);
		if (prefix < 0) {
			p4e_warn("%s: '%s' is not a prefix, as an lpm field needs\n", what, text);
			return p4e_err(EINVAL);
		}
	} else if (f->match == P4E_MATCH_OPTIONAL) {
		if (!be_all(mask, f->width, true) && !be_all(mask, f->width, false)) {
			p4e_warn("%s: an optional field matches a value or anything, not '%s'\n",
				 what, text);
			return p4e_err(EINVAL);
		}
	} else if (f->match == P4E_MATCH_RANGE) {
		return parse_range(f, text, what, value, mask, hi);
	}
	/* Bits the mask ignores are zero in a stored key (P4Runtime's rule). */
	for (i = 0; i < nb; i++)
		value[i] &= mask[i];
	return prefix < 0 ? (int)f->width : prefix;
}

/* --------------------------------------------------------------- entries */

/* The most parameters any of the table's actions has, at least 1. */
static unsigned max_params(const struct p4e_table *t)
{
	unsigned n = 1, i;

	for (i = 0; i < t->n_actions; i++)
		if (t->actions[i].n_params > n)
			n = t->actions[i].n_params;
	return n;
}

struct p4e_entry *p4e_entry_new(const struct p4e_table *t)
{
	struct p4e_entry *e = calloc(1, sizeof(*e));
	unsigned nk = t->n_key ? t->n_key : 1, na = max_params(t);

	if (!e)
		return NULL;
	e->table = t;
	e->key = calloc(1, t->key_size ? t->key_size : 1);
	e->mask = calloc(1, t->key_size ? t->key_size : 1);
	e->hi = calloc(1, t->key_size ? t->key_size : 1);
	e->value = calloc(1, t->value_size);
	e->prefix = calloc(nk, sizeof(*e->prefix));
	e->key_given = calloc(nk, sizeof(*e->key_given));
	e->arg_given = calloc(na, sizeof(*e->arg_given));
	if (!e->key || !e->mask || !e->hi || !e->value || !e->prefix || !e->key_given || !e->arg_given) {
		p4e_entry_free(e);
		errno = ENOMEM;
		return NULL;
	}
	p4e_entry_reset(e);
	return e;
}

void p4e_entry_free(struct p4e_entry *e)
{
	if (!e)
		return;
	free(e->key);
	free(e->mask);
	free(e->hi);
	free(e->value);
	free(e->prefix);
	free(e->key_given);
	free(e->arg_given);
	free(e);
}

void p4e_entry_reset(struct p4e_entry *e)
{
	const struct p4e_table *t = e->table;
	unsigned i;

	memset(e->key, 0, t->key_size);
	memset(e->mask, 0, t->key_size);
	memset(e->hi, 0, t->key_size);
	memset(e->value, 0, t->value_size);
	for (i = 0; i < t->n_key; i++) {
		e->prefix[i] = -1;
		e->key_given[i] = false;
	}
	memset(e->arg_given, 0, sizeof(*e->arg_given) * max_params(t));
	e->next_key = e->next_arg = 0;
	e->has_priority = false;
	e->priority = 0;
	e->action = NULL;
}

static void put_u32(void *buf, unsigned off, uint32_t v)
{
	memcpy((uint8_t *)buf + off, &v, 4);
}

static uint32_t get_u32(const void *buf, unsigned off)
{
	uint32_t v;

	memcpy(&v, (const uint8_t *)buf + off, 4);
	return v;
}

int p4e_entry_key_at(struct p4e_entry *e, unsigned idx, const char *text, unsigned flags)
{
	const struct p4e_table *t = e->table;
	const struct p4e_field *f;
	uint8_t value[P4E_MAX_FIELD_BYTES], mask[P4E_MAX_FIELD_BYTES], hi[P4E_MAX_FIELD_BYTES];
	int prefix;

	if (idx >= t->n_key) {
		p4e_warn("table '%s': has %u key field%s, '%s' is one too many\n", t->name, t->n_key,
			 t->n_key == 1 ? "" : "s", text);
		return p4e_err(E2BIG);
	}
	f = &t->key[idx];
	if (e->key_given[idx]) {
		p4e_warn("table '%s': key field '%s' is given twice\n", t->name, f->name);
		return p4e_err(EINVAL);
	}
	prefix = parse_match(t, f, text, flags, value, mask, hi);
	if (prefix < 0)
		return prefix;
	p4e_field_put(f, e->key, value);
	if (t->kind == P4E_TABLE_TERNARY)
		p4e_field_put(f, e->mask, mask);
	if (f->match == P4E_MATCH_RANGE)
		p4e_field_put(f, e->hi, hi);
	if (t->kind == P4E_TABLE_LPM && f->match == P4E_MATCH_LPM)
		e->prefix[idx] = prefix;
	e->key_given[idx] = true;
	e->next_key = idx + 1;
	return 0;
}

int p4e_entry_key(struct p4e_entry *e, const char *field, const char *text, unsigned flags)
{
	int idx;

	if (!field)
		return p4e_entry_key_at(e, e->next_key, text, flags);
	idx = p4e_table_key_field(e->table, field);
	if (idx < 0) {
		p4e_warn("table '%s': %s key field '%s'\n", e->table->name,
			 idx == -ENOTUNIQ ? "ambiguous" : "no", field);
		return idx;
	}
	return p4e_entry_key_at(e, (unsigned)idx, text, flags);
}

void p4e_entry_priority(struct p4e_entry *e, uint32_t priority)
{
	e->has_priority = true;
	e->priority = priority;
}

int p4e_entry_action(struct p4e_entry *e, const char *action)
{
	const struct p4e_table *t = e->table;
	const struct p4e_action *a = p4e_table_action(t, action);
	unsigned i;

	if (!a) {
		int err = errno;
		char list[1024] = "";
		size_t len = 0;

		for (i = 0; i < t->n_actions && len < sizeof(list); i++)
			len += (size_t)snprintf(list + len, sizeof(list) - len, "%s%s",
						i ? ", " : "", t->actions[i].name);
		p4e_warn("table '%s': %s action '%s' (it has %s)\n", t->name,
			 err == ENOTUNIQ ? "ambiguous" : "no", action, list);
		return p4e_err(err);
	}
	e->action = a;
	memset(e->value, 0, t->value_size);
	put_u32(e->value, 0, a->id);
	memset(e->arg_given, 0, sizeof(*e->arg_given) * (a->n_params ? a->n_params : 1));
	e->next_arg = 0;
	return 0;
}

int p4e_entry_arg(struct p4e_entry *e, const char *param, const char *text)
{
	const struct p4e_table *t = e->table;
	const struct p4e_action *a = e->action;
	const struct p4e_field *f;
	uint8_t value[P4E_MAX_FIELD_BYTES];
	char what[512];
	int idx, err;

	if (!a)
		return p4e_err(EINVAL);
	if (param) {
		idx = p4e_action_param(a, param);
		if (idx < 0) {
			p4e_warn("table '%s': action '%s' has no parameter '%s'\n", t->name, a->name,
				 param);
			return idx;
		}
	} else {
		idx = (int)e->next_arg;
		if ((unsigned)idx >= a->n_params) {
			p4e_warn("table '%s': action '%s' takes %u argument%s, '%s' is one too many\n",
				 t->name, a->name, a->n_params, a->n_params == 1 ? "" : "s", text);
			return p4e_err(E2BIG);
		}
	}
	f = &a->params[idx];
	if (e->arg_given[idx]) {
		p4e_warn("table '%s': action '%s': argument '%s' is given twice\n", t->name, a->name,
			 f->name);
		return p4e_err(EINVAL);
	}
	snprintf(what, sizeof(what), "table '%s': action '%s': argument '%s'", t->name, a->name,
		 f->name);
	err = p4e_parse_value(text, f->width, value, NULL, what);
	if (err)
		return err;
	p4e_field_put(f, e->value, value);
	e->arg_given[idx] = true;
	e->next_arg = (unsigned)idx + 1;
	return 0;
}

int p4e_entry_finish(struct p4e_entry *e, unsigned what)
{
	const struct p4e_table *t = e->table;
	unsigned i;

	if (what & P4E_FINISH_KEY) {
		for (i = 0; i < t->n_key; i++) {
			const struct p4e_field *f = &t->key[i];

			if (e->key_given[i])
				continue;
			/* Not given: don't care, where the match kind allows it. */
			if (f->match == P4E_MATCH_EXACT || t->kind == P4E_TABLE_EXACT ||
			    t->kind == P4E_TABLE_ARRAY) {
				p4e_warn("table '%s': key field '%s' is missing\n", t->name, f->name);
				return p4e_err(EINVAL);
			}
			if (t->kind == P4E_TABLE_LPM)
				e->prefix[i] = 0;
			if (f->match == P4E_MATCH_RANGE) {
				uint8_t all[P4E_MAX_FIELD_BYTES];

				prefix_mask(f->width, f->width, all);
				p4e_field_put(f, e->mask, all);
				p4e_field_put(f, e->hi, all);
			}
			e->key_given[i] = true;
		}
		if (t->kind == P4E_TABLE_LPM) {
			for (i = 0; i < t->n_key; i++) {
				const struct p4e_field *f = &t->key[i];
				uint8_t v[P4E_MAX_FIELD_BYTES], m[P4E_MAX_FIELD_BYTES];
				unsigned j;

				if (f->match != P4E_MATCH_LPM)
					continue;
				put_u32(e->key, 0,
					8 * (f->offset - 4) + (8 * f->size - f->width) +
						(unsigned)e->prefix[i]);
				p4e_field_get(f, e->key, v);
				prefix_mask(f->width, (unsigned)e->prefix[i], m);
				for (j = 0; j < p4e_be_bytes(f->width); j++)
					v[j] &= m[j];
				p4e_field_put(f, e->key, v);
			}
		}
		if (t->kind == P4E_TABLE_TERNARY) {
			put_u32(e->key, 0, 0);
			put_u32(e->mask, 0, 0);
			for (i = 4; i < t->key_size; i++)
				e->key[i] &= e->mask[i];
		}
	}
	if (what & P4E_FINISH_VALUE) {
		const struct p4e_action *a = e->action;

		if (!a) {
			p4e_warn("table '%s': no action given\n", t->name);
			return p4e_err(EINVAL);
		}
		for (i = 0; i < a->n_params; i++) {
			if (!e->arg_given[i]) {
				p4e_warn("table '%s': action '%s': argument '%s' is missing\n",
					 t->name, a->name, a->params[i].name);
				return p4e_err(EINVAL);
			}
		}
	}
	if ((what & P4E_FINISH_PRIORITY) && t->kind == P4E_TABLE_TERNARY && !e->has_priority) {
		p4e_warn("table '%s': a ternary entry needs a priority\n", t->name);
		return p4e_err(EINVAL);
	}
	put_u32(e->value, 4, t->kind == P4E_TABLE_TERNARY ? e->priority : 0);
	return 0;
}

int p4e_entry_decode(struct p4e_entry *e, const void *key, const void *value, const void *mask)
{
	const struct p4e_table *t = e->table;
	unsigned i;

	p4e_entry_reset(e);
	if (key)
		memcpy(e->key, key, t->key_size);
	if (mask)
		memcpy(e->mask, mask, t->key_size);
	if (value) {
		memcpy(e->value, value, t->value_size);
		e->action = p4e_table_action_by_id(t, get_u32(value, 0));
		if (t->kind == P4E_TABLE_TERNARY) {
			e->has_priority = true;
			e->priority = get_u32(value, 4);
		}
	}
	for (i = 0; i < t->n_key; i++) {
		const struct p4e_field *f = &t->key[i];

		e->key_given[i] = true;
		if (f->match == P4E_MATCH_RANGE && key && mask) {
			uint8_t v[P4E_MAX_FIELD_BYTES], m[P4E_MAX_FIELD_BYTES], hi[P4E_MAX_FIELD_BYTES];

			/* A stored piece is a prefix: it ends with its masked bits set. */
			p4e_field_get(f, key, v);
			p4e_field_get(f, mask, m);
			range_end(f->width, v, m, hi);
			p4e_field_put(f, e->hi, hi);
		}
		if (t->kind == P4E_TABLE_LPM && f->match == P4E_MATCH_LPM && key) {
			long p = (long)get_u32(key, 0) - 8L * (f->offset - 4) -
				 (8L * f->size - f->width);

			e->prefix[i] = p < 0 ? 0 : p > (long)f->width ? (int)f->width : (int)p;
		}
	}
	if (e->action)
		for (i = 0; i < e->action->n_params; i++)
			e->arg_given[i] = true;
	return 0;
}

int p4e_entry_format_key(const struct p4e_entry *e, unsigned idx, char *out, size_t len)
{
	const struct p4e_table *t = e->table;
	const struct p4e_field *f;
	uint8_t v[P4E_MAX_FIELD_BYTES], m[P4E_MAX_FIELD_BYTES];
	char vs[P4E_MAX_FIELD_BYTES * 2 + 8], ms[P4E_MAX_FIELD_BYTES * 2 + 8];
	int prefix, n;

	if (idx >= t->n_key)
		return p4e_err(EINVAL);
	f = &t->key[idx];
	p4e_field_get(f, e->key, v);
	p4e_format_be(v, f->width, vs, sizeof(vs));
	if (t->kind == P4E_TABLE_LPM && f->match == P4E_MATCH_LPM)
		n = snprintf(out, len, "%s/%d", vs, e->prefix[idx]);
	else if (t->kind != P4E_TABLE_TERNARY)
		n = snprintf(out, len, "%s", vs);
	else {
		p4e_field_get(f, e->mask, m);
		prefix = mask_prefix(m, f->width);
		if (f->match == P4E_MATCH_RANGE && !be_all(m, f->width, false)) {
			p4e_field_get(f, e->hi, m);
			p4e_format_be(m, f->width, ms, sizeof(ms));
			if (be_all(v, f->width, false) && be_all(m, f->width, true))
				n = snprintf(out, len, "*");
			else if (strcmp(vs, ms) == 0)
				n = snprintf(out, len, "%s", vs);
			else
				n = snprintf(out, len, "%s..%s", vs, ms);
		} else if (be_all(m, f->width, false))
			n = snprintf(out, len, "*");
		else if (be_all(m, f->width, true))
			n = snprintf(out, len, "%s", vs);
		else if (f->match == P4E_MATCH_LPM && prefix >= 0)
			n = snprintf(out, len, "%s/%d", vs, prefix);
		else {
			p4e_format_be(m, f->width, ms, sizeof(ms));
			n = snprintf(out, len, "%s&&&%s", vs, ms);
		}
	}
	return n < 0 || (size_t)n >= len ? p4e_err(ENOSPC) : 0;
}

int p4e_entry_format_arg(const struct p4e_entry *e, unsigned idx, char *out, size_t len)
{
	uint8_t v[P4E_MAX_FIELD_BYTES];

	if (!e->action || idx >= e->action->n_params)
		return p4e_err(EINVAL);
	p4e_field_get(&e->action->params[idx], e->value, v);
	return p4e_format_be(v, e->action->params[idx].width, out, len);
}
