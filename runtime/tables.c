/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* tables.c: table entries, default actions, counters and registers in live
 * maps (runtime/ABI.md, section 3).
 *
 * Exact, array and lpm tables are one map operation per request. Ternary
 * tables keep the sorted mask list of ABI.md 3.4 beside the entries: every
 * change writes the entry first and then moves list slots in the order
 * that never hides a mask from a concurrent packet. The entries map is the
 * truth: a mask's max_priority is recomputed from it when an entry leaves. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include "p4e_internal.h"

/* Logs a failed map operation and returns -errno. */
static int map_err(const struct p4e_table *t, const char *map, const char *op)
{
	int err = errno;

	p4e_warn("table '%s': map '%s': %s: %s\n", t->name, map, op, strerror(err));
	return p4e_err(err);
}

static uint32_t rd_u32(const void *p)
{
	uint32_t v;

	memcpy(&v, p, 4);
	return v;
}

static void wr_u32(void *p, uint32_t v)
{
	memcpy(p, &v, 4);
}

static int need_fd(const struct p4e_table *t, int fd, const char *map)
{
	if (fd >= 0)
		return 0;
	p4e_warn("table '%s': map '%s' is not open\n", t->name, map ? map : "?");
	return p4e_err(EBADF);
}

/* Calls fn(key, ctx) for every key of a hash or trie; keys are collected
 * first, so fn may delete. */
static int each_key(const struct p4e_table *t, int fd, const char *map, unsigned key_size,
		    int (*fn)(const void *key, void *ctx), void *ctx)
{
	uint8_t *keys = NULL, *prev = NULL;
	size_t n = 0, cap = 0, i;
	int err = 0;

	for (;;) {
		if (n == cap) {
			uint8_t *nk = realloc(keys, (cap = cap * 2 + 64) * key_size);

			if (!nk) {
				free(keys);
				return p4e_err(ENOMEM);
			}
			keys = nk;
		}
		if (bpf_map_get_next_key(fd, prev, keys + n * key_size)) {
			if (errno != ENOENT)
				err = map_err(t, map, "get_next_key");
			break;
		}
		prev = keys + n * key_size;
		n++;
	}
	for (i = 0; !err && i < n; i++)
		err = fn(keys + i * key_size, ctx);
	free(keys);
	return err;
}

/* ------------------------------------------------------- the mask list */

struct tmask {
	uint32_t id;
	uint32_t max_prio;
	uint8_t *mask; /* key_size bytes, in the key's layout */
};

struct tlist {
	const struct p4e_table *t;
	int fd;
	unsigned n;
	struct tmask *m;   /* max_masks of them */
	uint8_t *storage;  /* their masks */
	uint8_t *slot_buf; /* one slot's value: 8 + key_size */
};

static void tlist_free(struct tlist *l)
{
	free(l->m);
	free(l->storage);
	free(l->slot_buf);
}

static int tlist_read(const struct p4e_table *t, int fd, struct tlist *l)
{
	unsigned i, ks = t->key_size;

	memset(l, 0, sizeof(*l));
	l->t = t;
	l->fd = fd;
	l->m = calloc(t->max_masks, sizeof(*l->m));
	l->storage = calloc(t->max_masks, ks);
	l->slot_buf = calloc(1, 8 + ks);
	if (!l->m || !l->storage || !l->slot_buf) {
		tlist_free(l);
		return p4e_err(ENOMEM);
	}
	for (i = 0; i < t->max_masks; i++)
		l->m[i].mask = l->storage + i * ks;
	for (i = 0; i < t->max_masks; i++) {
		if (bpf_map_lookup_elem(fd, &i, l->slot_buf)) {
			int err = map_err(t, t->masks_map, "lookup");

			tlist_free(l);
			return err;
		}
		l->m[i].id = rd_u32(l->slot_buf);
		if (!l->m[i].id)
			break;
		l->m[i].max_prio = rd_u32(l->slot_buf + 4);
		memcpy(l->m[i].mask, l->slot_buf + 8, ks);
		l->n++;
	}
	return 0;
}

/* Writes slot `s` of the list in the map (NULL: an empty slot). */
static int tlist_write(struct tlist *l, unsigned s, const struct tmask *m)
{
	unsigned ks = l->t->key_size;

	memset(l->slot_buf, 0, 8 + ks);
	if (m) {
		wr_u32(l->slot_buf, m->id);
		wr_u32(l->slot_buf + 4, m->max_prio);
		memcpy(l->slot_buf + 8, m->mask, ks);
		wr_u32(l->slot_buf + 8, 0);
	}
	if (bpf_map_update_elem(l->fd, &s, l->slot_buf, BPF_ANY))
		return map_err(l->t, l->t->masks_map, "update");
	return 0;
}

static void tmask_copy(const struct tlist *l, struct tmask *dst, const struct tmask *src)
{
	dst->id = src->id;
	dst->max_prio = src->max_prio;
	memcpy(dst->mask, src->mask, l->t->key_size);
}

/* The list's order: larger max_priority first, then smaller id. */
static bool before(const struct tmask *a, const struct tmask *b)
{
	return a->max_prio > b->max_prio || (a->max_prio == b->max_prio && a->id < b->id);
}

static unsigned tlist_position(const struct tlist *l, const struct tmask *m)
{
	unsigned p = 0;

	while (p < l->n && !before(m, &l->m[p]))
		p++;
	return p;
}

/* Inserts at `p`, writing from the end towards p: every mask stays visible
 * (one may be seen twice) while a packet walks the list. */
static int tlist_insert(struct tlist *l, unsigned p, const struct tmask *m)
{
	struct tmask tmp;
	uint8_t buf[4096];
	unsigned s;
	int err;

	if (l->n >= l->t->max_masks) {
		p4e_warn("table '%s': all %u masks are in use, none is left for a new one\n",
			 l->t->name, l->t->max_masks);
		return p4e_err(ENOSPC);
	}
	/* m may point into the list, which is about to shift. */
	tmp.mask = l->t->key_size <= sizeof(buf) ? buf : NULL;
	if (!tmp.mask)
		return p4e_err(E2BIG);
	tmask_copy(l, &tmp, m);
	for (s = l->n; s > p; s--) {
		err = tlist_write(l, s, &l->m[s - 1]);
		if (err)
			return err;
		tmask_copy(l, &l->m[s], &l->m[s - 1]);
	}
	err = tlist_write(l, p, &tmp);
	if (err)
		return err;
	tmask_copy(l, &l->m[p], &tmp);
	l->n++;
	return 0;
}

/* Removes slot `p`, writing from p towards the end, then clears the last. */
static int tlist_remove(struct tlist *l, unsigned p)
{
	unsigned s;
	int err;

	for (s = p; s + 1 < l->n; s++) {
		err = tlist_write(l, s, &l->m[s + 1]);
		if (err)
			return err;
		tmask_copy(l, &l->m[s], &l->m[s + 1]);
	}
	l->n--;
	return tlist_write(l, l->n, NULL);
}

/* Gives slot i a new max_priority and moves it to its place. */
static int tlist_reprioritize(struct tlist *l, unsigned i, uint32_t prio)
{
	struct tmask m;
	uint8_t buf[4096];
	unsigned q;
	int err;

	if (l->m[i].max_prio == prio)
		return 0;
	m.mask = buf;
	tmask_copy(l, &m, &l->m[i]);
	m.max_prio = prio;
	if ((i == 0 || before(&l->m[i - 1], &m)) && (i + 1 == l->n || before(&m, &l->m[i + 1]))) {
		l->m[i].max_prio = prio;
		return tlist_write(l, i, &m);
	}
	if (l->n < l->t->max_masks) {
		/* Insert the moved copy first, then drop the old one: never invisible. */
		q = tlist_position(l, &m);
		err = tlist_insert(l, q, &m);
		return err ? err : tlist_remove(l, q <= i ? i + 1 : i);
	}
	err = tlist_remove(l, i);
	return err ? err : tlist_insert(l, tlist_position(l, &m), &m);
}

static int tlist_find_id(const struct tlist *l, uint32_t id)
{
	unsigned i;

	for (i = 0; i < l->n; i++)
		if (l->m[i].id == id)
			return (int)i;
	return -1;
}

static uint32_t tlist_new_id(const struct tlist *l)
{
	uint32_t id = 1;

	while (tlist_find_id(l, id) >= 0)
		id++;
	return id;
}

/* How many entries use mask `id`, and their largest priority. */
struct scan {
	const struct p4e_table *t;
	int fd;
	uint32_t id;
	unsigned count;
	uint32_t max_prio;
	uint8_t *value;
};

static int scan_one(const void *key, void *ctx)
{
	struct scan *s = ctx;

	if (rd_u32(key) != s->id)
		return 0;
	if (bpf_map_lookup_elem(s->fd, key, s->value))
		return errno == ENOENT ? 0 : map_err(s->t, s->t->entries_map, "lookup");
	if (!s->count || rd_u32(s->value + 4) > s->max_prio)
		s->max_prio = rd_u32(s->value + 4);
	s->count++;
	return 0;
}

static int scan_mask(const struct p4e_table *t, int fd, uint32_t id, struct scan *s)
{
	int err;

	memset(s, 0, sizeof(*s));
	s->t = t;
	s->fd = fd;
	s->id = id;
	s->value = malloc(t->value_size);
	if (!s->value)
		return p4e_err(ENOMEM);
	err = each_key(t, fd, t->entries_map, t->key_size, scan_one, s);
	free(s->value);
	return err;
}

/* The mask slot that holds e's entry, or -1; its value goes to `old`.
 * Tables with range fields may list one mask in several slots (ABI.md,
 * 3.4): there the entry is the one with e's priority (any priority when e
 * has none), and *free_slot gets the first slot with e's mask that does not
 * hold e's key (-1: none). `key` gets e's key with the slot's id. */
static int ternary_slot(const struct p4e_table *t, const struct p4e_table_fds *fds,
			const struct tlist *l, const struct p4e_entry *e, uint8_t *key,
			uint8_t *old, int *free_slot)
{
	bool pieces = p4e_table_has_range(t);
	unsigned i;

	*free_slot = -1;
	memcpy(key, e->key, t->key_size);
	for (i = 0; i < l->n; i++) {
		if (memcmp(l->m[i].mask + 4, e->mask + 4, t->key_size - 4) != 0)
			continue;
		wr_u32(key, l->m[i].id);
		if (bpf_map_lookup_elem(fds->entries, key, old) == 0) {
			if (!pieces || !e->has_priority || rd_u32(old + 4) == e->priority)
				return (int)i;
		} else if (*free_slot < 0) {
			*free_slot = (int)i;
		}
		if (!pieces)
			break;
	}
	return -1;
}

static int ternary_insert(const struct p4e_table *t, const struct p4e_table_fds *fds,
			  const struct p4e_entry *e, int mode)
{
	struct tlist l;
	uint8_t *key = NULL, *old = NULL;
	struct tmask m;
	int i, free_slot, err;
	bool existed;

	err = tlist_read(t, fds->masks, &l);
	if (err)
		return err;
	key = malloc(t->key_size);
	old = malloc(t->value_size);
	if (!key || !old) {
		err = p4e_err(ENOMEM);
		goto out;
	}
	i = ternary_slot(t, fds, &l, e, key, old, &free_slot);
	existed = i >= 0;
	if (!existed)
		i = free_slot;
	m.mask = e->mask;
	m.id = i >= 0 ? l.m[i].id : tlist_new_id(&l);
	m.max_prio = e->priority;
	if (i < 0 && l.n >= t->max_masks) {
		err = tlist_insert(&l, 0, &m); /* reports ENOSPC */
		goto out;
	}
	wr_u32(key, m.id);
	if (existed && mode == P4E_INSERT_NOEXIST) {
		p4e_warn("table '%s': an entry with this key and mask exists (priority %u)\n",
			 t->name, rd_u32(old + 4));
		err = p4e_err(EEXIST);
		goto out;
	}
	/* The entry first: invisible until its mask is listed. */
	if (bpf_map_update_elem(fds->entries, key, e->value, BPF_ANY)) {
		err = map_err(t, t->entries_map, errno == E2BIG ? "update (table full)" : "update");
		goto out;
	}
	if (i < 0) {
		err = tlist_insert(&l, tlist_position(&l, &m), &m);
		if (err) /* keep the map consistent: no entry without its mask */
			bpf_map_delete_elem(fds->entries, key);
	} else if (e->priority > l.m[i].max_prio) {
		err = tlist_reprioritize(&l, (unsigned)i, e->priority);
	} else if (existed && rd_u32(old + 4) == l.m[i].max_prio && e->priority < rd_u32(old + 4)) {
		struct scan s;

		/* Replaced the entry that held the maximum with a lower one. */
		err = scan_mask(t, fds->entries, m.id, &s);
		if (!err)
			err = tlist_reprioritize(&l, (unsigned)i, s.max_prio);
	}
out:
	free(key);
	free(old);
	tlist_free(&l);
	return err;
}

static int ternary_remove(const struct p4e_table *t, const struct p4e_table_fds *fds,
			  const struct p4e_entry *e)
{
	struct tlist l;
	struct scan s;
	uint8_t *key, *old;
	int i, free_slot, err;

	err = tlist_read(t, fds->masks, &l);
	if (err)
		return err;
	key = malloc(t->key_size);
	old = malloc(t->value_size);
	if (!key || !old) {
		err = p4e_err(ENOMEM);
		goto out;
	}
	i = ternary_slot(t, fds, &l, e, key, old, &free_slot);
	if (i < 0 || bpf_map_delete_elem(fds->entries, key)) {
		if (i < 0 || errno == ENOENT) {
			p4e_warn("table '%s': no entry with this key and mask\n", t->name);
			err = p4e_err(ENOENT);
		} else {
			err = map_err(t, t->entries_map, "delete");
		}
		goto out;
	}
	err = scan_mask(t, fds->entries, l.m[i].id, &s);
	if (err)
		goto out;
	if (!s.count)
		err = tlist_remove(&l, (unsigned)i);
	else
		err = tlist_reprioritize(&l, (unsigned)i, s.max_prio);
out:
	free(key);
	free(old);
	tlist_free(&l);
	return err;
}

/* ------------------------------------------- entries with range fields */

/* An entry of a table with range fields is all its pieces (range.c). An
 * insert first records what each piece would replace, so that a failure
 * part way can put it back; a remove first checks every piece is there. */
static int stored_get(const struct p4e_table *t, const struct p4e_table_fds *fds,
		      struct p4e_entry *e);

struct range_op {
	const struct p4e_table *t;
	const struct p4e_table_fds *fds;
	int mode;
	struct p4e_entry *probe;
	unsigned n;   /* pieces recorded, then pieces written */
	uint8_t *old; /* per piece: 1 if it was stored, then its value */
	size_t cap;
};

static size_t record_size(const struct p4e_table *t)
{
	return 1 + t->value_size;
}

/* 0 and the probe holding its value when the piece is stored; -ENOENT. */
static int piece_read(struct range_op *op, const struct p4e_entry *piece)
{
	memcpy(op->probe->key, piece->key, op->t->key_size);
	memcpy(op->probe->mask, piece->mask, op->t->key_size);
	op->probe->has_priority = piece->has_priority;
	op->probe->priority = piece->priority;
	return stored_get(op->t, op->fds, op->probe);
}

static int piece_record(struct p4e_entry *piece, unsigned i, void *ctx)
{
	struct range_op *op = ctx;
	size_t rs = record_size(op->t);
	uint8_t *r;
	int err;

	if ((i + 1) * rs > op->cap) {
		size_t cap = op->cap ? op->cap * 2 : 64 * rs;
		uint8_t *old = realloc(op->old, cap);

		if (!old)
			return p4e_err(ENOMEM);
		op->old = old;
		op->cap = cap;
	}
	r = op->old + i * rs;
	err = piece_read(op, piece);
	if (err && err != -ENOENT)
		return err;
	r[0] = err == 0;
	if (r[0] && op->mode == P4E_INSERT_NOEXIST) {
		p4e_warn("table '%s': an entry with these ranges and priority %u exists\n",
			 op->t->name, piece->priority);
		return p4e_err(EEXIST);
	}
	if (r[0])
		memcpy(r + 1, op->probe->value, op->t->value_size);
	op->n = i + 1;
	return 0;
}

static int piece_write(struct p4e_entry *piece, unsigned i, void *ctx)
{
	struct range_op *op = ctx;
	int err = ternary_insert(op->t, op->fds, piece, P4E_INSERT_ANY);

	if (!err)
		op->n = i + 1;
	return err;
}

static int piece_undo(struct p4e_entry *piece, unsigned i, void *ctx)
{
	struct range_op *op = ctx;
	const uint8_t *r = op->old + i * record_size(op->t);

	if (i >= op->n)
		return 1;
	if (r[0]) {
		memcpy(piece->value, r + 1, op->t->value_size);
		ternary_insert(op->t, op->fds, piece, P4E_INSERT_ANY);
	} else {
		ternary_remove(op->t, op->fds, piece);
	}
	return 0;
}

static int piece_check(struct p4e_entry *piece, unsigned i, void *ctx)
{
	int err = piece_read(ctx, piece);

	(void)i;
	if (err == -ENOENT)
		p4e_warn("table '%s': no entry with these ranges and priority %u\n",
			 piece->table->name, piece->priority);
	return err;
}

static int piece_remove(struct p4e_entry *piece, unsigned i, void *ctx)
{
	struct range_op *op = ctx;

	(void)i;
	return ternary_remove(op->t, op->fds, piece);
}

/* The first piece's value, which all pieces share; 1 stops the walk. */
static int piece_first(struct p4e_entry *piece, unsigned i, void *ctx)
{
	int err = piece_read(ctx, piece);

	(void)i;
	return err ? err : 1;
}

/* Calls fn(piece, i, op) for each piece of e. */
static int range_pass(struct range_op *op, const struct p4e_entry *e,
		      int (*fn)(struct p4e_entry *, unsigned, void *))
{
	struct p4e_entry *piece = p4e_entry_new(op->t);
	int err = piece ? p4e_range_pieces(e, piece, fn, op) : p4e_err(ENOMEM);

	p4e_entry_free(piece);
	return err;
}

static int range_op_init(struct range_op *op, const struct p4e_table *t,
			 const struct p4e_table_fds *fds, int mode)
{
	memset(op, 0, sizeof(*op));
	op->t = t;
	op->fds = fds;
	op->mode = mode;
	op->probe = p4e_entry_new(t);
	return op->probe ? 0 : p4e_err(ENOMEM);
}

static void range_op_free(struct range_op *op)
{
	p4e_entry_free(op->probe);
	free(op->old);
}

static int range_insert(const struct p4e_table *t, const struct p4e_table_fds *fds,
			const struct p4e_entry *e, int mode)
{
	struct range_op op;
	int err = range_op_init(&op, t, fds, mode);

	if (!err)
		err = range_pass(&op, e, piece_record);
	if (!err) {
		op.n = 0;
		err = range_pass(&op, e, piece_write);
		if (err)
			range_pass(&op, e, piece_undo);
	}
	range_op_free(&op);
	return err;
}

static int range_remove(const struct p4e_table *t, const struct p4e_table_fds *fds,
			const struct p4e_entry *e)
{
	struct range_op op;
	int err = range_op_init(&op, t, fds, 0);

	if (!err)
		err = range_pass(&op, e, piece_check);
	if (!err)
		err = range_pass(&op, e, piece_remove);
	range_op_free(&op);
	return err;
}

static int range_get(const struct p4e_table *t, const struct p4e_table_fds *fds,
		     struct p4e_entry *e)
{
	struct range_op op;
	int err = range_op_init(&op, t, fds, 0);

	if (!err)
		err = range_pass(&op, e, piece_first);
	if (err == 1) {
		memcpy(e->value, op.probe->value, t->value_size);
		e->action = op.probe->action;
		e->has_priority = true;
		e->priority = op.probe->priority;
		err = 0;
	}
	range_op_free(&op);
	return err;
}

/* ----------------------------------------------------------- operations */

int p4e_table_insert(const struct p4e_table *t, const struct p4e_table_fds *fds,
		     const struct p4e_entry *e, int mode)
{
	int err;

	if (t->kind == P4E_TABLE_KEYLESS) {
		p4e_warn("table '%s' has no key: only its default action can be set\n", t->name);
		return p4e_err(EINVAL);
	}
	err = need_fd(t, fds->entries, t->entries_map);
	if (err)
		return err;
	switch (t->kind) {
	case P4E_TABLE_TERNARY:
		err = need_fd(t, fds->masks, t->masks_map);
		if (err)
			return err;
		return p4e_table_has_range(t) ? range_insert(t, fds, e, mode)
					      : ternary_insert(t, fds, e, mode);
	case P4E_TABLE_ARRAY: {
		uint32_t idx = rd_u32(e->key);
		uint8_t *old;

		if (idx >= t->size) {
			p4e_warn("table '%s': index %u is outside the array's %u entries\n", t->name,
				 idx, t->size);
			return p4e_err(E2BIG);
		}
		old = malloc(t->value_size);
		if (!old)
			return p4e_err(ENOMEM);
		err = 0;
		if (bpf_map_lookup_elem(fds->entries, &idx, old))
			err = map_err(t, t->entries_map, "lookup");
		if (!err && mode == P4E_INSERT_NOEXIST && rd_u32(old)) {
			p4e_warn("table '%s': an entry with this key exists\n", t->name);
			err = p4e_err(EEXIST);
		}
		free(old);
		if (!err && bpf_map_update_elem(fds->entries, &idx, e->value, BPF_ANY))
			err = map_err(t, t->entries_map, "update");
		return err;
	}
	default:
		if (bpf_map_update_elem(fds->entries, e->key, e->value,
					mode == P4E_INSERT_NOEXIST ? BPF_NOEXIST : BPF_ANY)) {
			if (errno == EEXIST) {
				p4e_warn("table '%s': an entry with this key exists\n", t->name);
				return p4e_err(EEXIST);
			}
			return map_err(t, t->entries_map,
				       errno == E2BIG || errno == ENOSPC ? "update (table full)"
									  : "update");
		}
		return 0;
	}
}

int p4e_table_remove(const struct p4e_table *t, const struct p4e_table_fds *fds,
		     const struct p4e_entry *e)
{
	int err;

	if (t->kind == P4E_TABLE_KEYLESS)
		return p4e_err(EINVAL);
	err = need_fd(t, fds->entries, t->entries_map);
	if (err)
		return err;
	switch (t->kind) {
	case P4E_TABLE_TERNARY:
		err = need_fd(t, fds->masks, t->masks_map);
		if (err)
			return err;
		return p4e_table_has_range(t) ? range_remove(t, fds, e) : ternary_remove(t, fds, e);
	case P4E_TABLE_ARRAY: {
		uint32_t idx = rd_u32(e->key);
		uint8_t *v = calloc(1, t->value_size);

		if (!v)
			return p4e_err(ENOMEM);
		if (idx >= t->size || bpf_map_lookup_elem(fds->entries, &idx, v) || !rd_u32(v)) {
			p4e_warn("table '%s': no entry with this key\n", t->name);
			free(v);
			return p4e_err(ENOENT);
		}
		memset(v, 0, t->value_size);
		err = bpf_map_update_elem(fds->entries, &idx, v, BPF_ANY)
			      ? map_err(t, t->entries_map, "update")
			      : 0;
		free(v);
		return err;
	}
	default:
		if (bpf_map_delete_elem(fds->entries, e->key)) {
			if (errno == ENOENT) {
				p4e_warn("table '%s': no entry with this key\n", t->name);
				return p4e_err(ENOENT);
			}
			return map_err(t, t->entries_map, "delete");
		}
		return 0;
	}
}

/* The entry stored under e's key (ternary: and mask, and for a piece of a
 * range entry, priority). */
static int stored_get(const struct p4e_table *t, const struct p4e_table_fds *fds,
		      struct p4e_entry *e)
{
	uint8_t *key = NULL, *mask = NULL, *value = NULL;
	struct tlist l = { 0 };
	int err;

	if (t->kind == P4E_TABLE_KEYLESS)
		return p4e_err(EINVAL);
	err = need_fd(t, fds->entries, t->entries_map);
	if (!err && t->kind == P4E_TABLE_TERNARY)
		err = need_fd(t, fds->masks, t->masks_map);
	if (err)
		return err;
	key = malloc(t->key_size);
	mask = malloc(t->key_size);
	value = malloc(t->value_size);
	if (!key || !mask || !value) {
		err = p4e_err(ENOMEM);
		goto out;
	}
	memcpy(key, e->key, t->key_size);
	memcpy(mask, e->mask, t->key_size);
	if (t->kind == P4E_TABLE_TERNARY) {
		int free_slot;

		err = tlist_read(t, fds->masks, &l);
		if (err)
			goto out;
		if (ternary_slot(t, fds, &l, e, key, value, &free_slot) < 0) {
			err = p4e_err(ENOENT);
			goto out;
		}
	} else if (bpf_map_lookup_elem(fds->entries, key, value)) {
		err = errno == ENOENT ? p4e_err(ENOENT) : map_err(t, t->entries_map, "lookup");
		goto out;
	}
	if (!rd_u32(value)) {
		err = p4e_err(ENOENT); /* an empty array slot */
		goto out;
	}
	if (t->kind == P4E_TABLE_TERNARY)
		wr_u32(key, 0);
	err = p4e_entry_decode(e, key, value, t->kind == P4E_TABLE_TERNARY ? mask : NULL);
out:
	free(key);
	free(mask);
	free(value);
	tlist_free(&l);
	return err;
}

int p4e_table_get(const struct p4e_table *t, const struct p4e_table_fds *fds, struct p4e_entry *e)
{
	if (t->kind == P4E_TABLE_TERNARY && p4e_table_has_range(t))
		return range_get(t, fds, e);
	return stored_get(t, fds, e);
}

/* ------------------------------------------------------------ walking */

struct walk {
	const struct p4e_table *t;
	const struct p4e_table_fds *fds;
	struct tlist *l;
	struct p4e_entry *e;
	uint8_t *key, *value;
	p4e_entry_fn fn;
	void *ctx;
};

static int walk_one(const void *key, void *ctx)
{
	struct walk *w = ctx;
	const struct p4e_table *t = w->t;
	const uint8_t *mask = NULL;

	if (bpf_map_lookup_elem(w->fds->entries, key, w->value))
		return errno == ENOENT ? 0 : map_err(t, t->entries_map, "lookup");
	memcpy(w->key, key, t->key_size);
	if (t->kind == P4E_TABLE_TERNARY) {
		int i = tlist_find_id(w->l, rd_u32(key));

		if (i < 0) {
			p4e_warn("table '%s': an entry has mask id %u, which is not in the mask list\n",
				 t->name, rd_u32(key));
			return 0;
		}
		mask = w->l->m[i].mask;
		wr_u32(w->key, 0);
	}
	p4e_entry_decode(w->e, w->key, w->value, mask);
	return w->fn(w->e, w->ctx);
}

int p4e_table_foreach(const struct p4e_table *t, const struct p4e_table_fds *fds, p4e_entry_fn fn,
		      void *ctx)
{
	struct tlist l = { 0 };
	struct walk w = { .t = t, .fds = fds, .l = &l, .fn = fn, .ctx = ctx };
	int err;

	if (t->kind == P4E_TABLE_KEYLESS)
		return 0;
	err = need_fd(t, fds->entries, t->entries_map);
	if (!err && t->kind == P4E_TABLE_TERNARY)
		err = need_fd(t, fds->masks, t->masks_map);
	if (!err && t->kind == P4E_TABLE_TERNARY)
		err = tlist_read(t, fds->masks, &l);
	if (err)
		return err;
	w.e = p4e_entry_new(t);
	w.key = malloc(t->key_size);
	w.value = malloc(t->value_size);
	if (!w.e || !w.key || !w.value) {
		err = p4e_err(ENOMEM);
		goto out;
	}
	if (t->kind == P4E_TABLE_ARRAY) {
		uint32_t i;

		for (i = 0; !err && i < t->size; i++) {
			if (bpf_map_lookup_elem(fds->entries, &i, w.value)) {
				err = map_err(t, t->entries_map, "lookup");
				break;
			}
			if (!rd_u32(w.value))
				continue;
			p4e_entry_decode(w.e, &i, w.value, NULL);
			err = fn(w.e, ctx);
		}
	} else {
		err = each_key(t, fds->entries, t->entries_map, t->key_size, walk_one, &w);
	}
out:
	p4e_entry_free(w.e);
	free(w.key);
	free(w.value);
	tlist_free(&l);
	return err;
}

static int count_one(const struct p4e_entry *e, void *ctx)
{
	(void)e;
	(*(int *)ctx)++;
	return 0;
}

int p4e_table_count(const struct p4e_table *t, const struct p4e_table_fds *fds)
{
	int n = 0, err = p4e_table_foreach(t, fds, count_one, &n);

	return err ? err : n;
}

struct del_ctx {
	const struct p4e_table *t;
	int fd;
};

static int delete_one(const void *key, void *ctx)
{
	struct del_ctx *d = ctx;

	if (bpf_map_delete_elem(d->fd, key) && errno != ENOENT)
		return map_err(d->t, d->t->entries_map, "delete");
	return 0;
}

int p4e_table_clear(const struct p4e_table *t, const struct p4e_table_fds *fds)
{
	struct del_ctx d = { .t = t, .fd = fds->entries };
	uint8_t *zero;
	uint32_t i;
	int err;

	if (t->kind == P4E_TABLE_KEYLESS)
		return 0;
	err = need_fd(t, fds->entries, t->entries_map);
	if (!err && t->kind == P4E_TABLE_TERNARY)
		err = need_fd(t, fds->masks, t->masks_map);
	if (err)
		return err;
	if (t->kind == P4E_TABLE_TERNARY) {
		/* The list first, from its head: packets stop matching at once. */
		zero = calloc(1, 8 + t->key_size);
		if (!zero)
			return p4e_err(ENOMEM);
		for (i = 0; !err && i < t->max_masks; i++)
			if (bpf_map_update_elem(fds->masks, &i, zero, BPF_ANY))
				err = map_err(t, t->masks_map, "update");
		free(zero);
		if (err)
			return err;
	}
	if (t->kind != P4E_TABLE_ARRAY)
		return each_key(t, fds->entries, t->entries_map, t->key_size, delete_one, &d);
	zero = calloc(1, t->value_size);
	if (!zero)
		return p4e_err(ENOMEM);
	for (i = 0; !err && i < t->size; i++)
		if (bpf_map_update_elem(fds->entries, &i, zero, BPF_ANY))
			err = map_err(t, t->entries_map, "update");
	free(zero);
	return err;
}

/* ----------------------------------------------------------- lookups */

/* An lpm trie's longest match, found among all entries so that the matched
 * entry (not only its value) can be shown. */
struct lpm_ctx {
	const struct p4e_table *t;
	const uint8_t *want;
	uint8_t *best;
	long best_len;
};

static int lpm_one(const void *key, void *ctx)
{
	struct lpm_ctx *c = ctx;
	const uint8_t *k = key;
	uint32_t plen = rd_u32(k), i;

	if ((long)plen <= c->best_len)
		return 0;
	for (i = 0; i < plen; i++) {
		uint8_t bit = 0x80 >> (i % 8);

		if ((k[4 + i / 8] & bit) != (c->want[4 + i / 8] & bit))
			return 0;
	}
	memcpy(c->best, key, c->t->key_size);
	c->best_len = plen;
	return 0;
}

/* The data path's ternary search (ABI.md, 3.4), step for step. */
static int ternary_lookup(const struct p4e_table *t, const struct p4e_table_fds *fds,
			  struct p4e_entry *e)
{
	struct tlist l;
	uint8_t *k = malloc(t->key_size), *v = malloc(t->value_size);
	uint8_t *bk = malloc(t->key_size), *bv = malloc(t->value_size);
	int best = -1, err;
	uint32_t best_prio = 0;
	unsigned i, j;

	err = !k || !v || !bk || !bv ? p4e_err(ENOMEM) : tlist_read(t, fds->masks, &l);
	if (err)
		goto out_free;
	for (i = 0; i < l.n; i++) {
		if (best >= 0 && l.m[i].max_prio <= best_prio)
			break;
		for (j = 4; j < t->key_size; j++)
			k[j] = e->key[j] & l.m[i].mask[j];
		wr_u32(k, l.m[i].id);
		if (bpf_map_lookup_elem(fds->entries, k, v))
			continue;
		if (best < 0 || rd_u32(v + 4) > best_prio) {
			best = (int)i;
			best_prio = rd_u32(v + 4);
			memcpy(bk, k, t->key_size);
			memcpy(bv, v, t->value_size);
		}
	}
	if (best < 0) {
		err = p4e_err(ENOENT);
	} else {
		wr_u32(bk, 0);
		err = p4e_entry_decode(e, bk, bv, l.m[best].mask);
	}
	tlist_free(&l);
out_free:
	free(k);
	free(v);
	free(bk);
	free(bv);
	return err;
}

int p4e_table_lookup(const struct p4e_table *t, const struct p4e_table_fds *fds,
		     struct p4e_entry *e)
{
	int err;

	if (t->kind == P4E_TABLE_KEYLESS)
		return p4e_err(ENOENT);
	err = need_fd(t, fds->entries, t->entries_map);
	if (err)
		return err;
	if (t->kind == P4E_TABLE_TERNARY) {
		err = need_fd(t, fds->masks, t->masks_map);
		return err ? err : ternary_lookup(t, fds, e);
	}
	if (t->kind == P4E_TABLE_LPM) {
		struct lpm_ctx c = { .t = t, .want = e->key, .best_len = -1 };
		uint8_t *v = malloc(t->value_size);

		c.best = malloc(t->key_size);
		if (!v || !c.best)
			err = p4e_err(ENOMEM);
		else
			err = each_key(t, fds->entries, t->entries_map, t->key_size, lpm_one, &c);
		if (!err && c.best_len < 0)
			err = p4e_err(ENOENT);
		if (!err && bpf_map_lookup_elem(fds->entries, c.best, v))
			err = map_err(t, t->entries_map, "lookup");
		if (!err)
			err = p4e_entry_decode(e, c.best, v, NULL);
		free(v);
		free(c.best);
		return err;
	}
	return p4e_table_get(t, fds, e);
}

/* ------------------------------------------------------ default actions */

static int write_default(const struct p4e_table *t, const struct p4e_table_fds *fds,
			 const struct p4e_entry *e)
{
	uint32_t zero = 0;
	uint8_t *v;
	int err = need_fd(t, fds->defaults, t->default_map);

	if (err)
		return err;
	v = malloc(t->value_size);
	if (!v)
		return p4e_err(ENOMEM);
	memcpy(v, e->value, t->value_size);
	wr_u32(v + 4, 0);
	err = bpf_map_update_elem(fds->defaults, &zero, v, BPF_ANY)
		      ? map_err(t, t->default_map, "update")
		      : 0;
	free(v);
	return err;
}

int p4e_table_set_default(const struct p4e_table *t, const struct p4e_table_fds *fds,
			  const struct p4e_entry *e)
{
	if (t->default_const) {
		p4e_warn("table '%s': the default action is const\n", t->name);
		return p4e_err(EPERM);
	}
	return write_default(t, fds, e);
}

int p4e_table_get_default(const struct p4e_table *t, const struct p4e_table_fds *fds,
			  struct p4e_entry *e)
{
	uint32_t zero = 0;
	uint8_t *v;
	int err = need_fd(t, fds->defaults, t->default_map);

	if (err)
		return err;
	v = malloc(t->value_size);
	if (!v)
		return p4e_err(ENOMEM);
	err = bpf_map_lookup_elem(fds->defaults, &zero, v) ? map_err(t, t->default_map, "lookup")
							   : p4e_entry_decode(e, NULL, v, NULL);
	free(v);
	return err;
}

int p4e_table_init(const struct p4e_table *t, const struct p4e_table_fds *fds)
{
	struct p4e_entry *e = p4e_entry_new(t);
	unsigned i, j;
	int err = 0;

	if (!e)
		return p4e_err(ENOMEM);
	if (t->default_action) {
		err = p4e_entry_action(e, t->default_action);
		for (j = 0; !err && j < t->n_default_args; j++)
			err = p4e_entry_arg(e, NULL, t->default_args[j]);
		if (!err)
			err = p4e_entry_finish(e, P4E_FINISH_VALUE);
		if (!err)
			err = write_default(t, fds, e);
		if (err)
			p4e_warn("table '%s': cannot set the default action '%s'\n", t->name,
				 t->default_action);
	}
	for (i = 0; !err && i < t->n_entries; i++) {
		const struct p4e_entry_text *x = &t->entries[i];

		p4e_entry_reset(e);
		for (j = 0; !err && j < x->n_key; j++)
			err = p4e_entry_key_at(e, j, x->key[j], 0);
		if (x->has_priority)
			p4e_entry_priority(e, x->priority);
		if (!err)
			err = p4e_entry_action(e, x->action);
		for (j = 0; !err && j < x->n_args; j++)
			err = p4e_entry_arg(e, NULL, x->args[j]);
		if (!err)
			err = p4e_entry_finish(e, P4E_FINISH_KEY | P4E_FINISH_VALUE |
							  P4E_FINISH_PRIORITY);
		if (!err)
			err = p4e_table_insert(t, fds, e, P4E_INSERT_ANY);
		if (err)
			p4e_warn("table '%s': cannot install entry %u of the description\n", t->name,
				 i);
	}
	p4e_entry_free(e);
	return err;
}

/* ----------------------------------------------------------- counters */

static int cells(const struct p4e_counter *c)
{
	int n = c->percpu ? libbpf_num_possible_cpus() : 1;

	return n < 1 ? 1 : n;
}

static int counter_err(const struct p4e_counter *c, const char *op)
{
	int err = errno;

	p4e_warn("counter '%s': map '%s': %s: %s\n", c->name, c->map, op, strerror(err));
	return p4e_err(err);
}

/* Sums the cells of one index; buf holds them. */
static uint64_t sum_cells(const struct p4e_counter *c, const uint8_t *buf)
{
	unsigned stride = c->percpu ? (c->value_size + 7) / 8 * 8 : c->value_size;
	uint64_t sum = 0;
	int i;

	for (i = 0; i < cells(c); i++) {
		if (c->value_size == 4)
			sum += rd_u32(buf + i * stride);
		else {
			uint64_t v;

			memcpy(&v, buf + i * stride, 8);
			sum += v;
		}
	}
	return sum;
}

static uint8_t *cell_buf(const struct p4e_counter *c)
{
	return calloc((size_t)cells(c), 8);
}

int p4e_counter_read(const struct p4e_counter *c, int fd, uint32_t index, uint64_t *value)
{
	uint8_t *buf = cell_buf(c);
	int err = 0;

	if (!buf)
		return p4e_err(ENOMEM);
	*value = 0;
	if (bpf_map_lookup_elem(fd, &index, buf)) {
		if (errno == ENOENT && c->hash)
			err = p4e_err(ENOENT);
		else if (errno == ENOENT)
			err = (p4e_warn("counter '%s': index %u is outside its %u cells\n", c->name,
					index, c->size),
			       p4e_err(ENOENT));
		else
			err = counter_err(c, "lookup");
	} else {
		*value = sum_cells(c, buf);
	}
	free(buf);
	return err;
}

int p4e_counter_foreach(const struct p4e_counter *c, int fd, p4e_count_fn fn, void *ctx)
{
	uint8_t *buf = cell_buf(c);
	uint32_t i, key, *prev = NULL;
	int err = 0;

	if (!buf)
		return p4e_err(ENOMEM);
	if (!c->hash) {
		for (i = 0; !err && i < c->size; i++) {
			uint64_t v;

			if (bpf_map_lookup_elem(fd, &i, buf)) {
				err = counter_err(c, "lookup");
				break;
			}
			v = sum_cells(c, buf);
			if (v)
				err = fn(i, v, ctx);
		}
		free(buf);
		return err;
	}
	while (!err && bpf_map_get_next_key(fd, prev, &key) == 0) {
		i = key;
		prev = &i;
		if (bpf_map_lookup_elem(fd, &key, buf))
			continue;
		err = fn(key, sum_cells(c, buf), ctx);
	}
	if (!err && errno != ENOENT)
		err = counter_err(c, "get_next_key");
	free(buf);
	return err;
}

int p4e_counter_clear(const struct p4e_counter *c, int fd, uint32_t index, bool all)
{
	uint8_t *buf = cell_buf(c);
	uint32_t i, key;
	int err = 0;

	if (!buf)
		return p4e_err(ENOMEM);
	if (c->hash) {
		/* Sparse counters forget their indexes, which frees their cells. */
		if (!all) {
			if (bpf_map_delete_elem(fd, &index) && errno != ENOENT)
				err = counter_err(c, "delete");
		} else {
			while (!err && bpf_map_get_next_key(fd, NULL, &key) == 0)
				if (bpf_map_delete_elem(fd, &key) && errno != ENOENT)
					err = counter_err(c, "delete");
		}
	} else {
		for (i = all ? 0 : index; !err && i < (all ? c->size : index + 1); i++)
			if (bpf_map_update_elem(fd, &i, buf, BPF_ANY))
				err = counter_err(c, "update");
	}
	free(buf);
	return err;
}

/* ----------------------------------------------------------- registers */

int p4e_register_read(const struct p4e_register *r, int fd, uint32_t index, uint8_t *be)
{
	uint8_t *buf = calloc(1, r->cell.size);
	int err = 0;

	if (!buf)
		return p4e_err(ENOMEM);
	if (bpf_map_lookup_elem(fd, &index, buf)) {
		err = -errno;
		p4e_warn("register '%s': index %u: %s\n", r->name, index, strerror(errno));
	} else {
		p4e_field_get(&r->cell, buf, be);
	}
	free(buf);
	return err ? p4e_err(-err) : 0;
}

int p4e_register_write(const struct p4e_register *r, int fd, uint32_t index, const uint8_t *be)
{
	uint8_t *buf = calloc(1, r->cell.size);
	int err = 0;

	if (!buf)
		return p4e_err(ENOMEM);
	p4e_field_put(&r->cell, buf, be);
	if (bpf_map_update_elem(fd, &index, buf, BPF_ANY)) {
		err = -errno;
		p4e_warn("register '%s': index %u: %s\n", r->name, index, strerror(errno));
	}
	free(buf);
	return err ? p4e_err(-err) : 0;
}
