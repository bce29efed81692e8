/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* value_set.c: parser value sets in live maps (runtime/ABI.md, 1.5 and
 * 3.8): VALUE[&&&MASK] text <-> the key layout, and the array of slots
 * {__u32 used; KEY value; KEY mask;} the parser scans. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/bpf.h>

#include "p4e_internal.h"

/* ------------------------------------------------------------- encoding */

/* One field's VALUE, VALUE&&&MASK, '*' or '_' into value and mask bytes. */
static int parse_field_match(const struct p4e_value_set *vs, const struct p4e_field *f,
			     const char *text, uint8_t *value, uint8_t *mask)
{
	unsigned nb = p4e_be_bytes(f->width), i;
	const char *amp = strstr(text, "&&&");
	char what[512], *v;
	int err;

	snprintf(what, sizeof(what), "value_set '%s': field '%s'", vs->name, f->name);
	if (strcmp(text, "*") == 0 || strcmp(text, "_") == 0) {
		memset(value, 0, nb);
		memset(mask, 0, nb);
		return 0;
	}
	if (!amp)
		return p4e_parse_value(text, f->width, value, mask, what);
	v = strndup(text, (size_t)(amp - text));
	if (!v)
		return p4e_err(ENOMEM);
	err = p4e_parse_value(v, f->width, value, NULL, what);
	free(v);
	if (!err)
		err = p4e_parse_value(amp + 3, f->width, mask, NULL, what);
	if (err)
		return err;
	for (i = 0; i < nb; i++) {
		if (value[i] & ~mask[i]) {
			p4e_warn("%s: '%s' has bits outside the mask; they are cleared\n", what,
				 text);
			break;
		}
	}
	for (i = 0; i < nb; i++)
		value[i] &= mask[i];
	return 0;
}

int p4e_value_set_encode(const struct p4e_value_set *vs, const char *text, uint8_t *value,
			 uint8_t *mask)
{
	uint8_t v[P4E_MAX_FIELD_BYTES], m[P4E_MAX_FIELD_BYTES];
	char *copy = strdup(text), *part, *save = NULL;
	unsigned n = 0;
	int err = 0;

	if (!copy)
		return p4e_err(ENOMEM);
	memset(value, 0, vs->key_size);
	memset(mask, 0, vs->key_size);
	for (part = strtok_r(copy, ",", &save); !err && part; part = strtok_r(NULL, ",", &save)) {
		if (n == vs->n_key) {
			n++;
			break;
		}
		err = parse_field_match(vs, &vs->key[n], part, v, m);
		if (!err) {
			p4e_field_put(&vs->key[n], value, v);
			p4e_field_put(&vs->key[n], mask, m);
		}
		n++;
	}
	free(copy);
	if (!err && n != vs->n_key) {
		p4e_warn("value_set '%s': '%s' has %u value%s, but the set's key has %u field%s "
			 "(VALUE[&&&MASK], one per field, separated by ',')\n",
			 vs->name, text, n, n == 1 ? "" : "s", vs->n_key, vs->n_key == 1 ? "" : "s");
		err = p4e_err(EINVAL);
	}
	return err;
}

int p4e_value_set_format(const struct p4e_value_set *vs, const uint8_t *value, const uint8_t *mask,
			 char *out, size_t len)
{
	uint8_t v[P4E_MAX_FIELD_BYTES], m[P4E_MAX_FIELD_BYTES];
	char vt[P4E_MAX_FIELD_BYTES * 2 + 8], mt[P4E_MAX_FIELD_BYTES * 2 + 8];
	size_t used = 0;
	unsigned i, j, nb;
	bool all, none;
	int r;

	if (len)
		out[0] = '\0';
	for (i = 0; i < vs->n_key; i++) {
		const struct p4e_field *f = &vs->key[i];

		p4e_field_get(f, value, v);
		p4e_field_get(f, mask, m);
		p4e_format_be(v, f->width, vt, sizeof(vt));
		p4e_format_be(m, f->width, mt, sizeof(mt));
		nb = p4e_be_bytes(f->width);
		all = true;
		none = true;
		for (j = 0; j < nb; j++) {
			uint8_t full = j == 0 && f->width % 8 ? (uint8_t)((1u << (f->width % 8)) - 1)
							     : 0xff;
			all &= m[j] == full;
			none &= m[j] == 0;
		}
		if (none)
			r = snprintf(out + used, len > used ? len - used : 0, "%s*", i ? "," : "");
		else
			r = snprintf(out + used, len > used ? len - used : 0, "%s%s%s%s", i ? "," : "",
				     vt, all ? "" : "&&&", all ? "" : mt);
		if (r < 0 || (size_t)r >= (len > used ? len - used : 0))
			return p4e_err(ENOSPC);
		used += (size_t)r;
	}
	return 0;
}

/* ------------------------------------------------------------ live maps */

static int read_slot(const struct p4e_value_set *vs, int fd, uint32_t i, uint8_t *slot)
{
	if (bpf_map_lookup_elem(fd, &i, slot)) {
		int err = errno;

		p4e_warn("value_set '%s': reading slot %u of map '%s': %s\n", vs->name, i, vs->map,
			 strerror(err));
		return p4e_err(err);
	}
	return 0;
}

static int write_slot(const struct p4e_value_set *vs, int fd, uint32_t index, const uint8_t *slot)
{
	if (bpf_map_update_elem(fd, &index, slot, BPF_ANY)) {
		int err = errno;

		p4e_warn("value_set '%s': writing slot %u: %s\n", vs->name, index, strerror(err));
		return p4e_err(err);
	}
	return 0;
}

static uint32_t slot_used(const uint8_t *slot)
{
	uint32_t used;

	memcpy(&used, slot, sizeof(used));
	return used;
}

static bool slot_is(const struct p4e_value_set *vs, const uint8_t *slot, const uint8_t *value,
		    const uint8_t *mask)
{
	return slot_used(slot) && memcmp(slot + vs->value_offset, value, vs->key_size) == 0 &&
	       memcmp(slot + vs->mask_offset, mask, vs->key_size) == 0;
}

/* The slot holding value&&&mask (1, *index set), none (0, *index a free
 * slot or UINT32_MAX), or -errno. */
static int find_slot(const struct p4e_value_set *vs, int fd, const uint8_t *value,
		     const uint8_t *mask, uint32_t *index)
{
	uint8_t *slot = malloc(vs->slot_size);
	uint32_t i;
	int err = 0, found = 0;

	if (!slot)
		return p4e_err(ENOMEM);
	*index = UINT32_MAX;
	for (i = 0; i < vs->size; i++) {
		err = read_slot(vs, fd, i, slot);
		if (err)
			break;
		if (slot_is(vs, slot, value, mask)) {
			*index = i;
			found = 1;
			break;
		}
		if (!slot_used(slot) && *index == UINT32_MAX)
			*index = i;
	}
	free(slot);
	return err ? err : found;
}

int p4e_value_set_add(const struct p4e_value_set *vs, int fd, const uint8_t *value,
		      const uint8_t *mask)
{
	uint32_t index, one = 1;
	uint8_t *slot;
	int err = find_slot(vs, fd, value, mask, &index);

	if (err)
		return err < 0 ? err : 0; /* already there */
	if (index == UINT32_MAX) {
		p4e_warn("value_set '%s' is full (%u values)\n", vs->name, vs->size);
		return p4e_err(ENOSPC);
	}
	slot = calloc(1, vs->slot_size);
	if (!slot)
		return p4e_err(ENOMEM);
	memcpy(slot + vs->value_offset, value, vs->key_size);
	memcpy(slot + vs->mask_offset, mask, vs->key_size);
	/* An update copies the slot without a lock, so a packet may read it
	 * half written: the value and mask go in while `used` is 0, then
	 * `used` alone changes. */
	err = write_slot(vs, fd, index, slot);
	memcpy(slot, &one, sizeof(one));
	if (!err)
		err = write_slot(vs, fd, index, slot);
	free(slot);
	return err;
}

/* The reverse of an add: `used` to 0 first, then the rest. */
static int clear_slot(const struct p4e_value_set *vs, int fd, uint32_t index)
{
	uint8_t *slot = malloc(vs->slot_size);
	int err = slot ? read_slot(vs, fd, index, slot) : p4e_err(ENOMEM);

	if (!err && slot_used(slot)) {
		memset(slot, 0, sizeof(uint32_t));
		err = write_slot(vs, fd, index, slot);
	}
	if (!err) {
		memset(slot, 0, vs->slot_size);
		err = write_slot(vs, fd, index, slot);
	}
	free(slot);
	return err;
}

int p4e_value_set_delete(const struct p4e_value_set *vs, int fd, const uint8_t *value,
			 const uint8_t *mask)
{
	uint32_t index;
	int err = find_slot(vs, fd, value, mask, &index);

	if (err < 0)
		return err;
	if (!err)
		return p4e_err(ENOENT);
	return clear_slot(vs, fd, index);
}

int p4e_value_set_foreach(const struct p4e_value_set *vs, int fd, p4e_value_set_fn fn, void *ctx)
{
	uint8_t *slot = malloc(vs->slot_size);
	uint32_t i;
	int err = 0;

	if (!slot)
		return p4e_err(ENOMEM);
	for (i = 0; !err && i < vs->size; i++) {
		err = read_slot(vs, fd, i, slot);
		if (!err && slot_used(slot))
			err = fn(i, slot + vs->value_offset, slot + vs->mask_offset, ctx);
	}
	free(slot);
	return err;
}

int p4e_value_set_clear(const struct p4e_value_set *vs, int fd)
{
	uint32_t i;
	int err = 0;

	for (i = 0; !err && i < vs->size; i++)
		err = clear_slot(vs, fd, i);
	return err;
}
