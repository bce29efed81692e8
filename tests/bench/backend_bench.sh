#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
# backend_bench.sh: the eBPF backend's benchmarks, each printed as ratios
# measured in one run.
#
#   tests/bench/backend_bench.sh
#
#   compile   tests/bench/compile_bench.sh: p4c-ebpf on each example, the
#             time to C and to a BPF object, medians of RUNS runs (21), with
#             the C preprocessor's share and clang's
#   packet    per-packet cost of generated programs against hand-written
#             eBPF C twins (tests/bench/twins/*.bpf.c) doing the same job,
#             run alternately in one process (tests/bench/be_run.c) with
#             BPF_PROG_TEST_RUN; medians of 7 rounds; ratio = generated /
#             twin; and the verifier's instruction counts of both
#
# The packet benchmarks need root (BPF, a private bpffs). Environment:
# BUILD (build), P4C, NFCTL, CLANG.
set -eu

cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
P4C=${P4C:-$BUILD/bin/p4c-ebpf}
NFCTL=${NFCTL:-$BUILD/bin/nfctl}
CLANG=${CLANG:-clang}
export LC_ALL=C
ARCH_INC=/usr/include/$(cc -dumpmachine 2>/dev/null || echo x86_64-linux-gnu)
WORK=$(mktemp -d /tmp/backend-bench.XXXXXX)
BPFFS=$WORK/bpffs
cleanup() {
	mountpoint -q "$BPFFS" 2> /dev/null && umount "$BPFFS"
	rm -rf "$WORK"
}
trap cleanup EXIT

BUILD=$BUILD P4C=$P4C tests/bench/compile_bench.sh

if [ "$(id -u)" -ne 0 ]; then
	echo "== packet: skipped (needs root)"
	exit 0
fi
mkdir -p "$BPFFS"
mount -t bpf bpf "$BPFFS"
cc -O2 -Wall -o "$WORK/be_run" tests/bench/be_run.c -lbpf

# pkt HEX: a packet file from hex.
pkt() { printf '%s' "$2" | tr -d ' ' | xxd -r -p > "$WORK/$1.bin"; }
# TTL 255 so that 250 repeats of a TTL decrement stay on the forwarding path.
pkt ipv4 "001b17000130b88198b7aeb708004500001c4a6f4000ff06fa87c0a80001c0a80002cf2c01bb01020304"
pkt routed "001b17000130b88198b7aeb708004500001c4a6f4000ff06842b0a0198450a010203cf2c01bb01020304"
pkt ssh "001b17000130b88198b7aeb708004500001c4a6f4000400653aa0a0198453212c86acf2c001601020304"
pkt https "001b17000130b88198b7aeb708004500001c4a6f4000400653aa0a0198453212c86acf2c01bb01020304"

# load NAME: the example and its twin under the same description.
load() {
	local ex=$1 src
	src=examples/$ex/$ex.p4
	"$P4C" -o "$WORK/$ex.bpf.o" "$src"
	"$CLANG" -O2 -g -target bpf -I"$ARCH_INC" -Iruntime/bpf -Wall -c tests/bench/twins/$ex.bpf.c \
		-o "$WORK/${ex}_twin.bpf.o"
	"$NFCTL" prog load "$WORK/$ex.bpf.o" "$BPFFS/$ex" > /dev/null
	"$NFCTL" prog load "$WORK/${ex}_twin.bpf.o" "$BPFFS/${ex}_twin" desc "$WORK/$ex.json" > /dev/null
}

# run WHAT PACKET REPEAT EXAMPLE: generated vs twin.
run() {
	local what=$1 p=$2 r=$3 ex=$4
	"$WORK/be_run" -r "$r" -c 100 -k 7 "$WORK/$p.bin" "$BPFFS/${ex}_twin/prog" "$BPFFS/$ex/prog" > "$WORK/run.out"
	awk -v w="$what" '
		{ for (i = 2; i <= NF; i++) { split($i, kv, "="); v[NR, kv[1]] = kv[2] } }
		END { printf "%-28s %7.2f %7.2f %6.3f %7d %7d\n", w, v[2, "ns"], v[1, "ns"], v[2, "ns"] / v[1, "ns"],
		      v[2, "verified_insns"], v[1, "verified_insns"] }' "$WORK/run.out"
}

echo "== packet: ns per packet (median of 7 rounds), generated / hand-written twin, verifier insns"
printf '%-28s %7s %7s %6s %7s %7s\n' what gen twin ratio v-gen v-twin
load ttl
run "ttl: IPv4, TTL decrement" ipv4 250 ttl
load router
for p in router router_twin; do
	"$NFCTL" table add "$BPFFS/$p" rt_control.routes 10.1.0.0/16 action rt_control.forward \
		src_mac=0x020000000009 dst_mac=0x02000000000a ifindex=12 > /dev/null
done
run "router: lpm hit, redirect" routed 250 router
load firewall
run "firewall: ternary hit (ssh)" ssh 1000 firewall
run "firewall: miss, deny(0)" https 1000 firewall
