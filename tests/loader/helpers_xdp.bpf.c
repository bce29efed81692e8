/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* helpers_xdp.bpf.c: the runtime's byte, bit-field and checksum helpers on
 * real packet bytes, through the verifier (helpers_xdp.json, helpers.stf).
 * After the Ethernet header, at D:
 *
 *   D+0..9    input bits
 *   D+16..23  <- p4e_load_bits(D, 3, 64), big-endian (a 9-byte field)
 *   D+24..25  <- p4e_load_bits(D, 5, 13), big-endian
 *   D+26..34  p4e_store_bits(D+26, 3, 64, 0x0123456789abcdef) (9 bytes)
 *   D+36      p4e_store_bits(D+36, 6, 5, 0x1f) (two bytes, 5 bits)
 *   D+40..59  an IPv4 header: its source becomes 192.168.0.1 with
 *             p4e_csum_replace4(); then D+60..61 <- p4e_ipv4_csum_hdr()
 *   D+62..63  <- p4e_csum_replace2(0x1234, 0xabcd, 0x0001)
 *   D+64..65  <- p4e_load_u48(D)'s low 16 bits, via p4e_store_u48() at D+66
 */
#include "p4e.h"

SEC("xdp")
int helpers_prog(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	__u8 *d = data + 14;
	__u8 *ip = d + 40;
	__u32 old_src;
	__u16 csum;

	if ((void *)(d + 72) > data_end)
		return XDP_DROP;
	p4e_store_u64(d + 16, p4e_load_bits(d, 3, 64));
	p4e_store_u16(d + 24, (__u16)p4e_load_bits(d, 5, 13));
	p4e_store_bits(d + 26, 3, 64, 0x0123456789abcdefULL);
	p4e_store_bits(d + 36, 6, 5, 0x1f);

	old_src = p4e_load_u32(ip + 12);
	csum = p4e_csum_replace4(p4e_load_u16(ip + 10), old_src, 0xc0a80001);
	p4e_store_u32(ip + 12, 0xc0a80001);
	p4e_store_u16(ip + 10, csum);
	*(__u16 *)(d + 60) = p4e_ipv4_csum_hdr(ip, p4e_load_bits(ip, 4, 4), data_end);

	p4e_store_u16(d + 62, p4e_csum_replace2(0x1234, 0xabcd, 0x0001));
	p4e_store_u48(d + 66, p4e_load_u48(d));
	return XDP_TX;
}

char _license[] SEC("license") = "GPL";
