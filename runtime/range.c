/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* range.c: the pieces an entry with range fields is stored as (ABI.md,
 * 3.4). The data path only knows masks, so each range lo..hi becomes the
 * fewest aligned prefixes that cover it, and an entry becomes every
 * combination of its range fields' prefixes. */
#include <stdlib.h>
#include <string.h>

#include "p4e_internal.h"

bool p4e_table_has_range(const struct p4e_table *t)
{
	unsigned i;

	for (i = 0; i < t->n_key; i++)
		if (t->key[i].match == P4E_MATCH_RANGE)
			return true;
	return false;
}

/* Big-endian numbers of nb bytes, `width` bits used (right-aligned). */

/* The number of trailing zero bits of v; `width` when v is 0. */
static unsigned be_ctz(const uint8_t *v, unsigned nb, unsigned width)
{
	unsigned n = 0, i;

	for (i = nb; i-- > 0;) {
		if (v[i]) {
			unsigned b = v[i];

			while (!(b & 1)) {
				b >>= 1;
				n++;
			}
			return n;
		}
		n += 8;
	}
	return width;
}

/* out = v with its low k bits set. */
static void be_fill_low(const uint8_t *v, unsigned nb, unsigned k, uint8_t *out)
{
	unsigned i;

	memcpy(out, v, nb);
	for (i = 0; i < k; i++)
		out[nb - 1 - i / 8] |= (uint8_t)(1u << (i % 8));
}

/* v += 1; false when it wraps past `width` bits. */
static bool be_inc(uint8_t *v, unsigned nb, unsigned width)
{
	unsigned i;

	for (i = nb; i-- > 0;)
		if (++v[i])
			break;
	if (width % 8 && (v[0] >> (width % 8))) {
		v[0] = 0;
		return false;
	}
	return i < nb;
}

/* A range field's prefixes: value and mask pairs, nb bytes each. */
struct prefixes {
	uint8_t *values, *masks;
	unsigned n;
};

/* Splits lo..hi: from lo, the largest aligned block that stays within hi,
 * then the next. At most 2 * width - 2 blocks. */
static int split_range(const struct p4e_field *f, const uint8_t *lo, const uint8_t *hi,
		       struct prefixes *p)
{
	unsigned nb = p4e_be_bytes(f->width), cap = 2 * f->width, i;
	uint8_t cur[P4E_MAX_FIELD_BYTES], top[P4E_MAX_FIELD_BYTES];

	p->n = 0;
	p->values = malloc(cap * nb);
	p->masks = malloc(cap * nb);
	if (!p->values || !p->masks)
		return p4e_err(ENOMEM);
	memcpy(cur, lo, nb);
	for (;;) {
		unsigned k = be_ctz(cur, nb, f->width);

		/* The block of 2^k values from cur must end at or below hi. */
		for (;;) {
			be_fill_low(cur, nb, k, top);
			if (memcmp(top, hi, nb) <= 0)
				break;
			k--;
		}
		memcpy(p->values + p->n * nb, cur, nb);
		for (i = 0; i < nb; i++) /* the top width - k bits */
			p->masks[p->n * nb + i] = (uint8_t)~(top[i] ^ cur[i]);
		if (f->width % 8)
			p->masks[p->n * nb] &= (uint8_t)((1u << (f->width % 8)) - 1);
		p->n++;
		if (memcmp(top, hi, nb) == 0)
			return 0;
		memcpy(cur, top, nb);
		if (!be_inc(cur, nb, f->width))
			return 0;
	}
}

int p4e_range_pieces(const struct p4e_entry *e, struct p4e_entry *piece,
		     int (*fn)(struct p4e_entry *piece, unsigned i, void *ctx), void *ctx)
{
	const struct p4e_table *t = e->table;
	struct prefixes *ps = calloc(t->n_key, sizeof(*ps));
	unsigned *at = calloc(t->n_key, sizeof(*at));
	unsigned i, count = 0;
	int err = ps && at ? 0 : p4e_err(ENOMEM);

	for (i = 0; !err && i < t->n_key; i++) {
		const struct p4e_field *f = &t->key[i];
		uint8_t lo[P4E_MAX_FIELD_BYTES], hi[P4E_MAX_FIELD_BYTES];

		if (f->match != P4E_MATCH_RANGE)
			continue;
		p4e_field_get(f, e->key, lo);
		p4e_field_get(f, e->hi, hi);
		err = split_range(f, lo, hi, &ps[i]);
	}
	memcpy(piece->value, e->value, t->value_size);
	piece->has_priority = e->has_priority;
	piece->priority = e->priority;
	piece->action = e->action;
	/* Every combination, the last range field counting fastest. */
	while (!err) {
		memcpy(piece->key, e->key, t->key_size);
		memcpy(piece->mask, e->mask, t->key_size);
		for (i = 0; i < t->n_key; i++) {
			const struct p4e_field *f = &t->key[i];
			unsigned nb = p4e_be_bytes(f->width);

			if (f->match != P4E_MATCH_RANGE)
				continue;
			p4e_field_put(f, piece->key, ps[i].values + at[i] * nb);
			p4e_field_put(f, piece->mask, ps[i].masks + at[i] * nb);
		}
		err = fn(piece, count++, ctx);
		for (i = t->n_key; i-- > 0;) {
			if (t->key[i].match != P4E_MATCH_RANGE)
				continue;
			if (++at[i] < ps[i].n)
				break;
			at[i] = 0;
		}
		if (i == (unsigned)-1)
			break;
	}
	for (i = 0; ps && i < t->n_key; i++) {
		free(ps[i].values);
		free(ps[i].masks);
	}
	free(ps);
	free(at);
	return err;
}
