/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* extern.c: fold_hash() for extern.p4, as `p4c-ebpf --emit-externs`
 * declares it: the XOR of the four 16-bit halves, and its population count. */
static __always_inline __u16 fold_hash(__u32 a, __u32 b, __u8 *ones)
{
	__u16 h = (__u16)(a >> 16) ^ (__u16)a ^ (__u16)(b >> 16) ^ (__u16)b;
	__u8 n = 0;
	int i;

#pragma unroll
	for (i = 0; i < 16; i++)
		n += (h >> i) & 1;
	*ones = n;
	return h;
}
