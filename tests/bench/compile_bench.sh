#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
# compile_bench.sh: compile time of each example, P4 to C and P4 to a BPF
# object, with the C preprocessor's share and clang's (`make bench-compile`;
# tests/bench/backend_bench.sh runs it too).
#
#   tests/bench/compile_bench.sh
#
# Medians of RUNS runs of each (tests/bench/compile_bench.c), wall-clock:
#   cpp    the preprocessor as p4c-ebpf runs it
#   to-C   p4c-ebpf -o NAME.c NAME.p4: the whole P4 to C
#   to-.o  p4c-ebpf -o NAME.bpf.o NAME.p4: the same, and clang
#   cpp%   the preprocessor's share of to-C; clang% clang's share of to-.o
# Environment: BUILD (build), P4C, RUNS (21), MAKE (make).
set -eu

cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
P4C=${P4C:-$BUILD/bin/p4c-ebpf}
BENCH=$BUILD/bench/compile_bench
RUNS=${RUNS:-21}
export LC_ALL=C
[ -x "$BENCH" ] || "${MAKE:-make}" --no-print-directory -s BUILD="$BUILD" "$BENCH"
WORK=$(mktemp -d /tmp/compile-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

echo "== compile time (ms, median of $RUNS): the preprocessor, p4c-ebpf to C, to a BPF object"
printf '%-10s %8s %8s %8s %8s %8s\n' example cpp to-C to-.o cpp% clang%
for ex in ttl router firewall monitor; do
	src=examples/$ex/$ex.p4
	if ! "$P4C" -o "$WORK/$ex.c" "$src" 2> "$WORK/$ex.err"; then
		printf '%-10s %s\n' "$ex" "does not compile: $(head -n 1 "$WORK/$ex.err")"
		continue
	fi
	"$BENCH" "$RUNS" "$P4C" "$src" "$WORK"
done
