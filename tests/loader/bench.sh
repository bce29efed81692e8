#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
# bench.sh: what a table lookup costs the data path, measured in one run with
# BPF_PROG_TEST_RUN (bpftool prog run ... repeat N: the kernel's average
# ns per run, program and test-run overhead included).
#
#   tests/loader/bench.sh          (root; NFCTL, CLANG, REPEAT as in run.sh)
#
# Prints, for the ternary table of acl_xdp, the cost with 0..32 distinct
# masks for a packet that matches nothing (every mask is searched) and for
# one that matches the highest-priority mask (the sorted list stops after
# it), and the cost of the exact (filter_tc) and lpm (router_xdp) programs.
set -eu
cd "$(dirname "$0")/../.."
NFCTL=${NFCTL:-build/bin/nfctl}
CLANG=${CLANG:-clang}
REPEAT=${REPEAT:-1000000}
case $NFCTL in /*) ;; *) NFCTL=$PWD/$NFCTL ;; esac

WORK=$(mktemp -d /tmp/nfctl-bench.XXXXXX)
trap 'mountpoint -q "$WORK/fs" && umount "$WORK/fs"; rm -rf "$WORK"' EXIT
mkdir "$WORK/fs"
mount -t bpf bpf "$WORK/fs"
ARCH_INC=/usr/include/$(cc -dumpmachine)
for p in acl_xdp filter_tc router_xdp; do
	"$CLANG" -O2 -g -target bpf -I"$ARCH_INC" -Iruntime/bpf -c tests/loader/$p.bpf.c -o "$WORK/$p.bpf.o"
	cp tests/loader/$p.json "$WORK/"
	"$NFCTL" prog load "$WORK/$p.bpf.o" "$WORK/fs/$p" > /dev/null
done

pkt() { printf '%s' "$1" | xxd -r -p > "$WORK/pkt.bin"; }
ns() { bpftool prog run pinned "$WORK/fs/$1/prog" data_in "$WORK/pkt.bin" repeat "$REPEAT" |
	sed -n 's/.*duration[^:]*: *\([0-9]*\)ns.*/\1/p'; }

# TCP 10.1.152.69 -> 50.18.200.106:443 (matches nothing we add below but the
# highest mask's entry) and UDP 11.0.0.1 -> 1.2.3.4:1 (matches nothing).
HIT=001b17000130b88198b7aeb708004500001c4a6f4000400653aa0a0198453212c86acf2c01bb01020304
MISS=001b17000130b88198b7aeb708004500001c4a6f4000401100000b000001010203040001000101020304

A=$WORK/fs/acl_xdp
"$NFCTL" table clear "$A" rules
echo "ternary (acl_xdp, fw_filter.rules): ns per packet"
echo "masks  miss  hit-first"
masks=0
for want in 0 1 2 4 8 16 32; do
	while [ $masks -lt $want ]; do
		masks=$((masks + 1))
		# Mask m: the top m bits of dst_addr, priority m; its entry matches
		# 50.18.200.106 (0x3212c86a) only for the highest m added so far.
		mask=$(printf '0x%08x' $(( (0xffffffff << (32 - masks)) & 0xffffffff )))
		"$NFCTL" table add "$A" rules priority $masks "dst_addr=0x3212c86a&&&$mask" \
			action deny $masks
	done
	pkt "$MISS"; m=$(ns acl_xdp)
	pkt "$HIT"; h=$(ns acl_xdp)
	[ $want -eq 0 ] && h=-
	printf '%5d %5s %10s\n' $want "$m" "$h"
done

F=$WORK/fs/filter_tc
pkt "$HIT"
e0=$(ns filter_tc)
for i in $(seq 1 1000); do echo "pipe.Check_src_ip $((0x0b000000 + i)) action NoAction"; done |
	while read -r t k a n; do "$NFCTL" table add "$F" "$t" "$k" "$a" "$n"; done
e1=$(ns filter_tc)
echo "exact (filter_tc, 3 tables and a counter): $e0 ns empty, $e1 ns with 1000 entries"

R=$WORK/fs/router_xdp
"$NFCTL" table add "$R" routes 50.18.200.0/24 action forward 1 2 3
r1=$(ns router_xdp)
for i in $(seq 1 255); do "$NFCTL" table add "$R" routes "10.$i.0.0/16" action drop; done
r2=$(ns router_xdp)
echo "lpm (router_xdp, 2 tries, forward with checksum): $r1 ns with 1 route, $r2 ns with 256"
