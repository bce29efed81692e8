#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
# run.sh: STF packet tests of the eBPF backend through the real kernel.
# Every tests/stf/NAME.stf is compiled from its P4 program with p4c-ebpf to
# a BPF object and run with `nfctl test`, which loads it through the
# verifier and sends its packets with BPF_PROG_TEST_RUN. Prints "PASS
# stf/NAME", "FAIL stf/NAME" (with why, indented) or "SKIP stf/NAME" per
# test and last "N passed, N failed, N skipped"; exits 1 when one failed.
#
#   tests/stf/run.sh [NAME...]
#
# Without NAMEs it also compiles every tests/sema/valid program that binds
# an eBPF package and loads it through the verifier (stf/load/NAME).
#
# Directives in an .stf file (lines starting with "#! "):
#   source: FILE.p4     the program (default: NAME.p4 beside the .stf)
#   options: ARGS       more p4c-ebpf options (--arch xdp, -D X...)
#   nfctl: ARGS         more nfctl test options (--p4c-compat)
#   error: MESSAGE      the compiler must fail with exactly these
#                       "error:" lines (one directive per line)
#
# Environment: P4C (build/bin/p4c-ebpf), NFCTL (build/bin/nfctl), WORK (a
# temporary directory). Needs root for BPF.
set -u

cd "$(dirname "$0")/../.."
P4C=${P4C:-build/bin/p4c-ebpf}
NFCTL=${NFCTL:-build/bin/nfctl}
export LC_ALL=C
case $P4C in /*) ;; *) P4C=$PWD/$P4C ;; esac
case $NFCTL in /*) ;; *) NFCTL=$PWD/$NFCTL ;; esac

. tests/report.sh

for bin in "$P4C" "$NFCTL"; do
	if [ ! -x "$bin" ]; then
		fail stf "$bin was not built"
		summary
		exit 1
	fi
done

OWN_WORK=
if [ -z "${WORK:-}" ]; then
	WORK=$(mktemp -d /tmp/stf-test.XXXXXX)
	OWN_WORK=$WORK
fi
mkdir -p "$WORK"
cleanup() { [ -n "$OWN_WORK" ] && rm -rf "$OWN_WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

directive() { sed -n "s/^#! $2: //p" "$1"; }

if [ $# -gt 0 ]; then
	tests=()
	for n in "$@"; do tests+=("tests/stf/${n%.stf}.stf"); done
else
	mapfile -t tests < <(find tests/stf -maxdepth 1 -name '*.stf' | sort)
fi

can_run=true
[ "$(id -u)" -eq 0 ] || can_run=false

for stf in "${tests[@]}"; do
	name=$(basename "$stf" .stf)
	src=$(directive "$stf" source)
	[ -n "$src" ] || src=tests/stf/$name.p4
	read -r -a copts <<< "$(directive "$stf" options)"
	read -r -a nopts <<< "$(directive "$stf" nfctl)"
	want=$(directive "$stf" error)
	obj=$WORK/$name.bpf.o
	rc=0
	"$P4C" "${copts[@]}" -o "$obj" "$src" > "$WORK/$name.cc.out" 2> "$WORK/$name.cc.err" || rc=$?
	if [ -n "$want" ]; then
		got=$(grep 'error: ' "$WORK/$name.cc.err" | sed -E 's/^([^ ]*: )?error: /error: /')
		if [ $rc -eq 1 ] && [ "$got" = "$want" ]; then
			pass "stf/$name"
		else
			fail "stf/$name" "p4c-ebpf exited $rc, expected 1 with:" "$want" "got:" "$got"
		fi
		continue
	fi
	if [ $rc -ne 0 ]; then
		fail "stf/$name" "p4c-ebpf ${copts[*]} -o $obj $src exited $rc:" \
			"$(head -n 20 "$WORK/$name.cc.err")"
		continue
	fi
	if ! $can_run; then
		skip "stf/$name" "needs root for BPF"
		continue
	fi
	rc=0
	"$NFCTL" test "${nopts[@]}" "$obj" "$stf" > "$WORK/$name.out" 2> "$WORK/$name.err" || rc=$?
	if [ $rc -eq 0 ] && grep -q "^PASS " "$WORK/$name.out"; then
		pass "stf/$name"
	else
		fail "stf/$name" "nfctl test exited $rc:" "$(head -n 30 "$WORK/$name.err")"
	fi
done
# The type checker's corpus: every valid program with an eBPF package must
# compile and load through the verifier (nfctl test of an empty STF file).
if [ $# -eq 0 ]; then
	echo "# loads through the verifier" > "$WORK/empty.stf"
	for src in $(find tests/sema/valid -maxdepth 1 -name '*.p4' | sort); do
		name=load/$(basename "$src" .p4)
		obj=$WORK/$(basename "$src" .p4).bpf.o
		rc=0
		"$P4C" -I tests/sema/valid/include -o "$obj" "$src" > /dev/null 2> "$WORK/load.err" || rc=$?
		if [ $rc -ne 0 ]; then
			# Other architectures are not this backend's business.
			grep -q "not an eBPF architecture\|has no 'main'" "$WORK/load.err" && continue
			fail "stf/$name" "p4c-ebpf -o $obj $src exited $rc:" "$(head -n 10 "$WORK/load.err")"
			continue
		fi
		if ! $can_run; then
			skip "stf/$name" "needs root for BPF"
		elif "$NFCTL" test "$obj" "$WORK/empty.stf" > /dev/null 2> "$WORK/load.err"; then
			pass "stf/$name"
		else
			fail "stf/$name" "nfctl test (load only) failed:" "$(head -n 30 "$WORK/load.err")"
		fi
	done
fi
summary
[ $failed -eq 0 ]
