/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* test_encode.c: unit tests of libp4ebpf's user-space half that need no
 * kernel: reading descriptions, name lookups, and encoding keys, masks,
 * prefixes and action data into the bytes runtime/ABI.md prescribes. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "p4e_internal.h" /* p4e_range_pieces */
#include "p4ebpf.h"

/* The library's messages, kept for the tests to look at. */
static char last_msg[1024];

static int capture(enum p4e_print_level level, const char *fmt, va_list ap)
{
	(void)level;
	return vsnprintf(last_msg, sizeof(last_msg), fmt, ap);
}

static const char desc_json[] =
	"{ \"p4ebpf\": 1, \"name\": \"t\", \"arch\": \"xdp\", \"hook\": \"xdp\", \"program\": \"p\",\n"
	"  \"tables\": [\n"
	"   { \"name\": \"c.exact\", \"aliases\": [\"c_exact\"], \"kind\": \"exact\", \"size\": 8,\n"
	"     \"maps\": { \"entries\": \"c_exact\", \"default\": \"c_exact_defaultAction\" },\n"
	"     \"key_size\": 32, \"value_size\": 32,\n"
	"     \"key\": [ { \"name\": \"h.eth.dst\", \"match\": \"exact\", \"width\": 48, \"offset\": 0, \"size\": 8, \"byte_order\": \"host\" },\n"
	"              { \"name\": \"h.ip.proto\", \"match\": \"exact\", \"width\": 8, \"offset\": 8, \"size\": 1, \"byte_order\": \"host\" },\n"
	"              { \"name\": \"h.ip6.src\", \"match\": \"exact\", \"width\": 128, \"offset\": 9, \"size\": 16, \"byte_order\": \"host\" } ],\n"
	"     \"actions\": [ { \"name\": \"c.set\", \"aliases\": [\"c_set\"], \"id\": 3, \"params\": [\n"
	"         { \"name\": \"mac\", \"width\": 48, \"offset\": 8, \"size\": 8, \"byte_order\": \"host\" },\n"
	"         { \"name\": \"port\", \"width\": 9, \"offset\": 16, \"size\": 2, \"byte_order\": \"host\" } ] },\n"
	"       { \"name\": \"NoAction\", \"aliases\": [\"_NoAction\"], \"id\": 1 } ],\n"
	"     \"default_action\": { \"action\": \"NoAction\", \"args\": [], \"const\": true } },\n"
	"   { \"name\": \"c.routes\", \"kind\": \"lpm\", \"size\": 8,\n"
	"     \"maps\": { \"entries\": \"c_routes\", \"default\": \"c_routes_defaultAction\" },\n"
	"     \"key_size\": 12, \"value_size\": 8,\n"
	"     \"key\": [ { \"name\": \"h.ip.dst\", \"match\": \"lpm\", \"width\": 32, \"offset\": 8, \"size\": 4, \"byte_order\": \"big\" },\n"
	"              { \"name\": \"port\", \"match\": \"exact\", \"width\": 12, \"offset\": 4, \"size\": 2, \"byte_order\": \"big\" } ],\n"
	"     \"actions\": [ { \"name\": \"c.drop\", \"id\": 2 } ] },\n"
	"   { \"name\": \"d.routes\", \"kind\": \"ternary\", \"size\": 8, \"max_masks\": 4,\n"
	"     \"maps\": { \"entries\": \"d_routes\", \"default\": \"d_routes_defaultAction\", \"masks\": \"d_routes_masks\" },\n"
	"     \"key_size\": 12, \"value_size\": 8,\n"
	"     \"key\": [ { \"name\": \"h.ip.dst\", \"match\": \"ternary\", \"width\": 32, \"offset\": 4, \"size\": 4, \"byte_order\": \"host\" },\n"
	"              { \"name\": \"h.ip.src\", \"match\": \"lpm\", \"width\": 32, \"offset\": 8, \"size\": 4, \"byte_order\": \"host\" } ],\n"
	"     \"actions\": [ { \"name\": \"d.drop\", \"id\": 2 } ] } ],\n"
	"  \"counters\": [ { \"name\": \"c.count\", \"map\": \"c_count\", \"type\": \"hash\", \"percpu\": true,\n"
	"                  \"size\": 4, \"value_width\": 64, \"value_size\": 8 } ] }\n";

static struct p4e_desc *desc(void)
{
	struct p4e_desc *d = p4e_desc_parse(desc_json, sizeof(desc_json) - 1, "test.json");

	assert_non_null(d);
	return d;
}

static void test_values(void **state)
{
	uint8_t v[32], m[32];

	(void)state;
	assert_int_equal(p4e_parse_value("10.1.2.3", 32, v, NULL, "x"), 0);
	assert_memory_equal(v, "\x0a\x01\x02\x03", 4);
	assert_int_equal(p4e_parse_value("0x0a0b", 16, v, NULL, "x"), 0);
	assert_memory_equal(v, "\x0a\x0b", 2);
	assert_int_equal(p4e_parse_value("258", 12, v, NULL, "x"), 0);
	assert_memory_equal(v, "\x01\x02", 2);
	assert_int_equal(p4e_parse_value("0b1_0000_0001", 9, v, NULL, "x"), 0);
	assert_memory_equal(v, "\x01\x01", 2);
	assert_int_equal(p4e_parse_value("0o17", 8, v, NULL, "x"), 0);
	assert_int_equal(v[0], 15);
	assert_int_equal(p4e_parse_value("-1", 12, v, NULL, "x"), 0);
	assert_memory_equal(v, "\x0f\xff", 2);
	assert_int_equal(p4e_parse_value("0a:00:27:00:00:01", 48, v, NULL, "x"), 0);
	assert_memory_equal(v, "\x0a\x00\x27\x00\x00\x01", 6);
	assert_int_equal(p4e_parse_value("fe80::1", 128, v, NULL, "x"), 0);
	assert_int_equal(v[0], 0xfe);
	assert_int_equal(v[15], 1);
	assert_int_equal(p4e_parse_value("true", 1, v, NULL, "x"), 0);
	assert_int_equal(v[0], 1);
	/* 2^100, in decimal, in a 128-bit field. */
	assert_int_equal(p4e_parse_value("1267650600228229401496703205376", 128, v, NULL, "x"), 0);
	assert_int_equal(v[3], 0x10);
	/* Wildcards. */
	assert_int_equal(p4e_parse_value("0x0a**", 16, v, m, "x"), 0);
	assert_memory_equal(v, "\x0a\x00", 2);
	assert_memory_equal(m, "\xff\x00", 2);
	assert_int_equal(p4e_parse_value("0b1*", 4, v, m, "x"), 0);
	assert_int_equal(v[0], 2);
	assert_int_equal(m[0], 0xe);
}

static void test_value_errors(void **state)
{
	uint8_t v[32], m[32];

	(void)state;
	assert_int_equal(p4e_parse_value("256", 8, v, NULL, "field 'f'"), -EINVAL);
	assert_string_equal(last_msg, "field 'f': 256 does not fit in 8 bits\n");
	assert_int_equal(p4e_parse_value("0x1ff", 8, v, NULL, "f"), -EINVAL);
	assert_int_equal(p4e_parse_value("0x0*", 8, v, NULL, "f"), -EINVAL);
	assert_non_null(strstr(last_msg, "don't-care"));
	assert_int_equal(p4e_parse_value("12a", 8, v, NULL, "f"), -EINVAL);
	assert_int_equal(p4e_parse_value("10.1.2.3", 16, v, NULL, "f"), -EINVAL);
	assert_int_equal(p4e_parse_value("", 8, v, NULL, "f"), -EINVAL);
	assert_int_equal(p4e_parse_value("0x", 8, v, NULL, "f"), -EINVAL);
	assert_int_equal(p4e_parse_value("-0x1*", 8, v, m, "f"), -EINVAL);
}

static void test_names(void **state)
{
	struct p4e_desc *d = desc();
	const struct p4e_table *t;

	(void)state;
	t = p4e_desc_table(d, "c.exact");
	assert_non_null(t);
	assert_ptr_equal(p4e_desc_table(d, "c_exact"), t);
	assert_ptr_equal(p4e_desc_table(d, "exact"), t);
	assert_null(p4e_desc_table(d, "routes"));
	assert_int_equal(errno, ENOTUNIQ);
	assert_null(p4e_desc_table(d, "nothing"));
	assert_int_equal(errno, ENOENT);
	assert_int_equal(p4e_table_key_field(t, "key.field1"), 1);
	assert_int_equal(p4e_table_key_field(t, "field2"), 2);
	assert_int_equal(p4e_table_key_field(t, "proto"), 1);
	assert_int_equal(p4e_table_key_field(t, "ip.proto"), 1);
	assert_int_equal(p4e_table_key_field(t, "key.field3"), -ENOENT);
	assert_non_null(p4e_table_action(t, "_NoAction"));
	assert_non_null(p4e_table_action(t, "set"));
	assert_non_null(p4e_desc_counter(d, "count"));
	p4e_desc_free(d);
}

static void test_exact_entry(void **state)
{
	struct p4e_desc *d = desc();
	const struct p4e_table *t = p4e_desc_table(d, "c.exact");
	struct p4e_entry *e = p4e_entry_new(t);
	uint8_t key[32] = { 0 }, value[32] = { 0 };
	uint64_t mac = 0x0a0027000001ULL;
	uint16_t port = 0x101;
	uint32_t id = 3;
	char buf[128];

	(void)state;
	assert_int_equal(p4e_entry_key(e, "h.eth.dst", "0a:00:27:00:00:01", 0), 0);
	assert_int_equal(p4e_entry_key(e, NULL, "6", 0), 0);
	assert_int_equal(p4e_entry_key(e, NULL, "::2", 0), 0);
	assert_int_equal(p4e_entry_action(e, "c_set"), 0);
	assert_int_equal(p4e_entry_arg(e, "port", "257"), 0);
	assert_int_equal(p4e_entry_finish(e, P4E_FINISH_KEY | P4E_FINISH_VALUE), -EINVAL);
	assert_string_equal(last_msg, "table 'c.exact': action 'c.set': argument 'mac' is missing\n");
	assert_int_equal(p4e_entry_arg(e, "mac", "0x0a0027000001"), 0);
	assert_int_equal(p4e_entry_finish(e, P4E_FINISH_KEY | P4E_FINISH_VALUE), 0);

	/* Host-order integers where ABI.md 2 puts them; wide fields big-endian. */
	memcpy(key, &mac, 8);
	key[8] = 6;
	key[24] = 2;
	assert_memory_equal(e->key, key, 32);
	memcpy(value, &id, 4);
	memcpy(value + 8, &mac, 8);
	memcpy(value + 16, &port, 2);
	assert_memory_equal(e->value, value, 32);

	assert_int_equal(p4e_entry_format_key(e, 0, buf, sizeof(buf)), 0);
	assert_string_equal(buf, "0x0a0027000001");
	assert_int_equal(p4e_entry_format_arg(e, 1, buf, sizeof(buf)), 0);
	assert_string_equal(buf, "0x101");

	/* An exact field takes neither masks nor prefixes. */
	p4e_entry_reset(e);
	assert_int_equal(p4e_entry_key(e, "proto", "6&&&0xf0", 0), -EINVAL);
	assert_int_equal(p4e_entry_key(e, "proto", "*", 0), -EINVAL);
	assert_int_equal(p4e_entry_key(e, "proto", "6", 0), 0);
	assert_int_equal(p4e_entry_finish(e, P4E_FINISH_KEY), -EINVAL);
	assert_string_equal(last_msg, "table 'c.exact': key field 'h.eth.dst' is missing\n");
	assert_int_equal(p4e_entry_key_at(e, 3, "1", 0), -E2BIG);
	p4e_entry_free(e);
	p4e_desc_free(d);
}

static void test_lpm_entry(void **state)
{
	struct p4e_desc *d = desc();
	const struct p4e_table *t = p4e_desc_table(d, "c.routes");
	struct p4e_entry *e = p4e_entry_new(t);
	/* prefixlen = 8 * (8 - 4) + (32 - 32) + 16 = 48; port: __be16 0x0005 */
	const uint8_t want[12] = { 48, 0, 0, 0, 0x00, 0x05, 0, 0, 10, 1, 0, 0 };
	struct p4e_entry *back;
	char buf[64];

	(void)state;
	assert_int_equal(p4e_entry_key(e, "h.ip.dst", "10.1.2.3/16", 0), 0);
	assert_int_equal(p4e_entry_key(e, "port", "5", 0), 0);
	assert_int_equal(p4e_entry_finish(e, P4E_FINISH_KEY), 0);
	assert_memory_equal(e->key, want, 12);

	/* p4c's convention: the little-endian integer of the network bytes. */
	p4e_entry_reset(e);
	assert_int_equal(p4e_entry_key(e, "key.field0", "0x010a/16", P4E_F_P4C_LPM), 0);
	assert_int_equal(p4e_entry_key(e, "key.field1", "5", P4E_F_P4C_LPM), 0);
	assert_int_equal(p4e_entry_finish(e, P4E_FINISH_KEY), 0);
	assert_memory_equal(e->key, want, 12);

	/* A mask that is a prefix is a prefix; one that is not is refused. */
	p4e_entry_reset(e);
	assert_int_equal(p4e_entry_key(e, "h.ip.dst", "0x0a010000&&&0xffff0000", 0), 0);
	assert_int_equal(p4e_entry_key(e, "port", "5", 0), 0);
	assert_int_equal(p4e_entry_finish(e, P4E_FINISH_KEY), 0);
	assert_memory_equal(e->key, want, 12);
	p4e_entry_reset(e);
	assert_int_equal(p4e_entry_key(e, "h.ip.dst", "0x0a010000&&&0xff00ff00", 0), -EINVAL);

	/* Decoding gives the prefix back. */
	back = p4e_entry_new(t);
	assert_int_equal(p4e_entry_decode(back, want, NULL, NULL), 0);
	assert_int_equal(p4e_entry_format_key(back, 0, buf, sizeof(buf)), 0);
	assert_string_equal(buf, "0x0a010000/16");
	assert_int_equal(p4e_entry_format_key(back, 1, buf, sizeof(buf)), 0);
	assert_string_equal(buf, "0x005");

	/* The lpm field may be left out (prefix 0), the exact one may not. */
	p4e_entry_reset(e);
	assert_int_equal(p4e_entry_key(e, "port", "5", 0), 0);
	assert_int_equal(p4e_entry_finish(e, P4E_FINISH_KEY), 0);
	assert_int_equal(e->key[0], 32);
	p4e_entry_free(back);
	p4e_entry_free(e);
	p4e_desc_free(d);
}

static void test_ternary_entry(void **state)
{
	struct p4e_desc *d = desc();
	const struct p4e_table *t = p4e_desc_table(d, "d.routes");
	struct p4e_entry *e = p4e_entry_new(t);
	uint32_t w[3];
	char buf[64];

	(void)state;
	assert_int_equal(p4e_entry_key(e, "h.ip.dst", "0x0a0b0c0d&&&0xff00ff00", 0), 0);
	assert_int_equal(p4e_entry_key(e, "h.ip.src", "10.0.0.0/8", 0), 0);
	assert_int_equal(p4e_entry_action(e, "d.drop"), 0);
	assert_int_equal(p4e_entry_finish(e, P4E_FINISH_KEY | P4E_FINISH_VALUE | P4E_FINISH_PRIORITY),
			 -EINVAL);
	assert_string_equal(last_msg, "table 'd.routes': a ternary entry needs a priority\n");
	p4e_entry_priority(e, 77);
	assert_int_equal(p4e_entry_finish(e, P4E_FINISH_KEY | P4E_FINISH_VALUE | P4E_FINISH_PRIORITY),
			 0);
	/* Masked key and mask in host order, mask id 0; the value holds the priority. */
	memcpy(w, e->key, 12);
	assert_int_equal(w[0], 0);
	assert_int_equal(w[1], 0x0a000c00);
	assert_int_equal(w[2], 0x0a000000);
	memcpy(w, e->mask, 12);
	assert_int_equal(w[1], 0xff00ff00);
	assert_int_equal(w[2], 0xff000000);
	memcpy(w, e->value, 8);
	assert_int_equal(w[0], 2);
	assert_int_equal(w[1], 77);
	assert_int_equal(p4e_entry_format_key(e, 0, buf, sizeof(buf)), 0);
	assert_string_equal(buf, "0x0a000c00&&&0xff00ff00");
	assert_int_equal(p4e_entry_format_key(e, 1, buf, sizeof(buf)), 0);
	assert_string_equal(buf, "0x0a000000/8");

	/* Don't care: '*' or left out; nibble wildcards. */
	p4e_entry_reset(e);
	assert_int_equal(p4e_entry_key(e, "h.ip.dst", "0x0a**0c**", 0), 0);
	assert_int_equal(p4e_entry_finish(e, P4E_FINISH_KEY), 0);
	memcpy(w, e->mask, 12);
	assert_int_equal(w[1], 0xff00ff00);
	assert_int_equal(w[2], 0);
	assert_int_equal(p4e_entry_format_key(e, 1, buf, sizeof(buf)), 0);
	assert_string_equal(buf, "*");
	p4e_entry_free(e);
	p4e_desc_free(d);
}

static const char range_json[] =
	"{ \"p4ebpf\": 1, \"name\": \"r\", \"arch\": \"xdp\", \"hook\": \"xdp\", \"program\": \"p\",\n"
	"  \"tables\": [\n"
	"   { \"name\": \"c.ports\", \"kind\": \"ternary\", \"size\": 8, \"max_masks\": 64,\n"
	"     \"maps\": { \"entries\": \"c_ports\", \"default\": \"c_ports_defaultAction\", \"masks\": \"c_ports_masks\" },\n"
	"     \"key_size\": 28, \"value_size\": 8,\n"
	"     \"key\": [ { \"name\": \"dport\", \"match\": \"range\", \"width\": 16, \"offset\": 4, \"size\": 2, \"byte_order\": \"host\" },\n"
	"              { \"name\": \"vid\", \"match\": \"range\", \"width\": 12, \"offset\": 6, \"size\": 2, \"byte_order\": \"host\" },\n"
	"              { \"name\": \"addr\", \"match\": \"range\", \"width\": 128, \"offset\": 8, \"size\": 16, \"byte_order\": \"big\" },\n"
	"              { \"name\": \"proto\", \"match\": \"exact\", \"width\": 8, \"offset\": 24, \"size\": 1, \"byte_order\": \"host\" } ],\n"
	"     \"actions\": [ { \"name\": \"c.drop\", \"id\": 2 } ] } ],\n"
	"  \"counters\": [] }\n";

/* Collects the pieces p4e_range_pieces makes: one field's value and mask. */
struct pieces {
	unsigned field, n;
	uint32_t value[300], mask[300];
};

static int collect(struct p4e_entry *piece, unsigned i, void *ctx)
{
	struct pieces *p = ctx;
	const struct p4e_field *f = &piece->table->key[p->field];
	uint8_t v[16], m[16];

	assert_int_equal(i, p->n);
	p4e_field_get(f, piece->key, v);
	p4e_field_get(f, piece->mask, m);
	p->value[p->n] = (uint32_t)(v[0] << 8 | v[1]);
	p->mask[p->n] = (uint32_t)(m[0] << 8 | m[1]);
	p->n++;
	return 0;
}

static struct p4e_entry *range_entry(const struct p4e_table *t, const char *dport,
				     const char *vid, const char *addr)
{
	struct p4e_entry *e = p4e_entry_new(t);

	assert_int_equal(p4e_entry_key(e, "dport", dport, 0), 0);
	if (vid)
		assert_int_equal(p4e_entry_key(e, "vid", vid, 0), 0);
	if (addr)
		assert_int_equal(p4e_entry_key(e, "addr", addr, 0), 0);
	assert_int_equal(p4e_entry_key(e, "proto", "6", 0), 0);
	p4e_entry_priority(e, 9);
	assert_int_equal(p4e_entry_action(e, "c.drop"), 0);
	assert_int_equal(p4e_entry_finish(e, P4E_FINISH_KEY | P4E_FINISH_VALUE | P4E_FINISH_PRIORITY), 0);
	return e;
}

/* Range fields: their syntax, and the prefixes a range is stored as. */
static void test_range_entry(void **state)
{
	struct p4e_desc *d = p4e_desc_parse(range_json, sizeof(range_json) - 1, "range.json");
	const struct p4e_table *t;
	struct p4e_entry *e, *piece;
	struct pieces *p = calloc(1, sizeof(*p));
	static const uint32_t want_v[] = { 1000, 1008, 1024, 1536, 1792, 1920, 1984 };
	static const uint32_t want_m[] = { 0xfff8, 0xfff0, 0xfe00, 0xff00, 0xff80, 0xffc0, 0xfff0 };
	uint8_t key[28], mask[28];
	char buf[128];
	unsigned i, lo, hi, v, trial;

	(void)state;
	assert_non_null(d);
	assert_non_null(p);
	t = p4e_desc_table(d, "c.ports");
	assert_true(p4e_table_has_range(t));
	piece = p4e_entry_new(t);

	/* 1000..1999: seven aligned blocks; the other fields don't care, one piece each. */
	e = range_entry(t, "1000..1999", NULL, NULL);
	assert_int_equal(p4e_entry_format_key(e, 0, buf, sizeof(buf)), 0);
	assert_string_equal(buf, "0x03e8..0x07cf");
	assert_int_equal(p4e_entry_format_key(e, 1, buf, sizeof(buf)), 0);
	assert_string_equal(buf, "*");
	p->field = 0;
	assert_int_equal(p4e_range_pieces(e, piece, collect, p), 0);
	assert_int_equal(p->n, 7);
	for (i = 0; i < 7; i++) {
		assert_int_equal(p->value[i], want_v[i]);
		assert_int_equal(p->mask[i], want_m[i]);
	}
	/* A piece read back from the maps shows as the block it covers. */
	memcpy(key, piece->key, t->key_size);
	memcpy(mask, piece->mask, t->key_size);
	assert_int_equal(p4e_entry_decode(piece, key, piece->value, mask), 0);
	assert_int_equal(p4e_entry_format_key(piece, 0, buf, sizeof(buf)), 0);
	assert_string_equal(buf, "0x07c0..0x07cf");
	p4e_entry_free(e);

	/* Every combination: 2 blocks of dport times 2 of vid. */
	e = range_entry(t, "0->11", "0x7ff..0x800", NULL);
	p->n = 0;
	p->field = 1;
	assert_int_equal(p4e_range_pieces(e, piece, collect, p), 0);
	assert_int_equal(p->n, 4);
	assert_int_equal(p->value[0], 0x7ff);
	assert_int_equal(p->value[1], 0x800);
	assert_int_equal(p->value[2], 0x7ff);
	assert_int_equal(p->mask[3], 0xfff);
	p4e_entry_free(e);

	/* 128 bits: all of it is one piece, 1 .. 2^128-2 is 2 * 128 - 2. */
	e = range_entry(t, "*", NULL, "0..0xffffffffffffffffffffffffffffffff");
	p->n = 0;
	assert_int_equal(p4e_range_pieces(e, piece, collect, p), 0);
	assert_int_equal(p->n, 1);
	p4e_entry_free(e);
	e = range_entry(t, "*", NULL, "1..0xfffffffffffffffffffffffffffffffe");
	p->n = 0;
	assert_int_equal(p4e_range_pieces(e, piece, collect, p), 0);
	assert_int_equal(p->n, 254);
	p4e_entry_free(e);

	/* Pieces cover the range exactly once: every 12-bit value, pseudo-random ranges. */
	p->field = 1;
	for (trial = 0, lo = 7; trial < 40; trial++) {
		lo = (lo * 2654435761u + 12345) % 4096;
		hi = lo + (trial * 977u) % (4096 - lo);
		snprintf(buf, sizeof(buf), "%u..%u", lo, hi);
		e = range_entry(t, "*", buf, NULL);
		p->n = 0;
		assert_int_equal(p4e_range_pieces(e, piece, collect, p), 0);
		assert_true(p->n <= 2 * 12 - 2);
		for (v = 0; v < 4096; v++) {
			unsigned hits = 0;

			for (i = 0; i < p->n; i++)
				hits += (v & p->mask[i]) == p->value[i];
			assert_int_equal(hits, v >= lo && v <= hi);
		}
		p4e_entry_free(e);
	}

	/* The other spellings of a range, and what is not one. */
	e = p4e_entry_new(t);
	assert_int_equal(p4e_entry_key(e, "dport", "0x0400/6", 0), 0);
	assert_int_equal(p4e_entry_format_key(e, 0, buf, sizeof(buf)), 0);
	assert_string_equal(buf, "0x0400..0x07ff");
	assert_int_equal(p4e_entry_key(e, "vid", "5", 0), 0);
	assert_int_equal(p4e_entry_format_key(e, 1, buf, sizeof(buf)), 0);
	assert_string_equal(buf, "0x005");
	assert_int_equal(p4e_entry_key(e, "addr", "9..8", 0), -EINVAL);
	assert_string_equal(last_msg, "table 'c.ports': key field 'addr': range '9..8' ends below its start\n");
	p4e_entry_reset(e);
	assert_int_equal(p4e_entry_key(e, "dport", "0x0f&&&0x0f", 0), -EINVAL);
	assert_string_equal(last_msg, "table 'c.ports': key field 'dport': a range field matches LO..HI, "
				      "a value or a prefix, not '0x0f&&&0x0f'\n");
	assert_int_equal(p4e_entry_key(e, "dport", "1..0x10000", 0), -EINVAL);
	p4e_entry_free(e);
	p4e_entry_free(piece);
	free(p);
	p4e_desc_free(d);
}

/* A description that contradicts itself fails with a message saying where. */
static void test_bad_descriptions(void **state)
{
	static const struct {
		const char *json, *msg;
	} cases[] = {
		{ "{", "bad.json: not JSON" },
		{ "{\"p4ebpf\": 2}", "bad.json: ABI version 2; this nfctl reads version 1\n" },
		{ "{\"p4ebpf\": 1, \"name\": \"n\", \"program\": \"p\", \"arch\": \"xdp\", \"hook\": \"tc\"}",
		  "bad.json: arch 'xdp' runs on the xdp hook, not 'tc'\n" },
		{ "{\"p4ebpf\": 1, \"name\": \"n\", \"program\": \"p\", \"arch\": \"nf\", \"hook\": \"tc\", "
		  "\"tables\": [{\"name\": \"t\", \"kind\": \"exact\", \"size\": 1, \"key_size\": 4, "
		  "\"value_size\": 8, \"maps\": {\"entries\": \"t\", \"default\": \"d\"}, \"key\": [{\"name\": "
		  "\"k\", \"match\": \"exact\", \"width\": 32, \"offset\": 0, \"size\": 2, \"byte_order\": "
		  "\"host\"}], \"actions\": []}], \"counters\": []}",
		  "bad.json: table 't': field 'k': bit<32> takes 4 bytes, not 2\n" },
		{ "{\"p4ebpf\": 1, \"name\": \"n\", \"program\": \"p\", \"arch\": \"nf\", \"hook\": \"tc\", "
		  "\"tables\": [{\"name\": \"t\", \"kind\": \"exact\", \"size\": 1, \"key_size\": 4, "
		  "\"value_size\": 8, \"maps\": {\"entries\": \"t\", \"default\": \"d\"}, \"key\": [{\"name\": "
		  "\"k\", \"match\": \"exact\", \"width\": 32, \"offset\": 0, \"size\": 4, \"byte_order\": "
		  "\"host\"}], \"actions\": [{\"name\": \"a\", \"id\": 0}]}], \"counters\": []}",
		  "bad.json: table 't': action 'a' has id 0, which means \"no entry\"\n" },
	};
	unsigned i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		last_msg[0] = '\0';
		assert_null(p4e_desc_parse(cases[i].json, strlen(cases[i].json), "bad.json"));
		assert_int_equal(strncmp(last_msg, cases[i].msg, strlen(cases[i].msg)), 0);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_values),       cmocka_unit_test(test_value_errors),
		cmocka_unit_test(test_names),        cmocka_unit_test(test_exact_entry),
		cmocka_unit_test(test_lpm_entry),    cmocka_unit_test(test_ternary_entry),
		cmocka_unit_test(test_range_entry),   cmocka_unit_test(test_bad_descriptions),
	};

	p4e_set_print(capture);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
