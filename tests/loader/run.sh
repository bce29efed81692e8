#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
# run.sh: nfctl and the runtime through the real kernel. Prints "PASS name",
# "FAIL name" (with why, indented) or "SKIP name" per test, and last
# "N passed, N failed, N skipped"; exits 1 when a test failed.
#
#   tests/loader/run.sh
#
# Environment:
#   NFCTL        the nfctl to test (build/bin/nfctl); an ASan build works too
#   TEST_ENCODE  the cmocka unit test of libp4ebpf (skipped when unset)
#   CLANG        clang for the BPF programs (clang)
#
# Suites:
#   compile   the hand-written BPF programs (as the backend will generate them)
#   stf       every *.stf through `nfctl test`: the file's "#! object:" names
#             the program, "#! options:" adds options; files with "#! error:"
#             lines must fail with exactly those messages on stderr
#   cli       prog load/show/unload, table and counter commands on pinned
#             objects in a private bpffs mounted for the run, JSON parsed with jq
#   unit      TEST_ENCODE
#
# Needs root (BPF, bpffs, network namespaces) and jq. Everything it makes is
# removed on exit, whatever happens.
set -u

cd "$(dirname "$0")/../.."
NFCTL=${NFCTL:-build/bin/nfctl}
CLANG=${CLANG:-clang}
TEST_ENCODE=${TEST_ENCODE:-}
SRC=tests/loader
export LC_ALL=C
# Paths stay valid when a test changes directory.
case $NFCTL in /*) ;; *) NFCTL=$PWD/$NFCTL ;; esac

. tests/report.sh

if [ "$(id -u)" -ne 0 ]; then
	skip loader "needs root for BPF"
	summary
	exit 0
fi
if [ ! -x "$NFCTL" ]; then
	fail loader "$NFCTL was not built"
	summary
	exit 1
fi

WORK=$(mktemp -d /tmp/nfctl-test.XXXXXX)
BPFFS=$WORK/bpffs
cleanup() {
	# The private bpffs takes every pin with it.
	mountpoint -q "$BPFFS" && umount "$BPFFS"
	rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
mkdir -p "$BPFFS"
# A sanitized nfctl reports into files, so that reports from commands whose
# output is only compared (same ...) are not lost; see the end.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}log_path=$WORK/sanitizer"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:+$UBSAN_OPTIONS:}log_path=$WORK/sanitizer"
if ! mount -t bpf bpf "$BPFFS"; then
	fail loader "cannot mount a bpffs on $BPFFS"
	summary
	exit 1
fi

# ---- compile ----

ARCH_INC=/usr/include/$(cc -dumpmachine 2>/dev/null || echo x86_64-linux-gnu)
for src in "$SRC"/*.bpf.c; do
	name=$(basename "$src" .bpf.c)
	if "$CLANG" -O2 -g -target bpf -I"$ARCH_INC" -Iruntime/bpf -Wall -Werror \
		-c "$src" -o "$WORK/$name.bpf.o" 2> "$WORK/$name.cc.log"; then
		cp "$SRC/$name.json" "$WORK/"
		pass "compile/$name"
	else
		fail "compile/$name" "$(head -n 20 "$WORK/$name.cc.log")"
	fi
done

# ---- stf ----

# directive FILE NAME: the value of "#! NAME: value" lines.
directive() { sed -n "s/^#! $2: //p" "$1"; }

for stf in "$SRC"/*.stf; do
	name=stf/$(basename "$stf" .stf)
	obj=$(directive "$stf" object)
	read -r -a opts <<< "$(directive "$stf" options)"
	if [ ! -f "$WORK/$obj.bpf.o" ]; then
		fail "$name" "no object '$obj' (#! object:)"
		continue
	fi
	# Diagnostics name the file as given: run from its directory.
	rc=0
	(cd "$SRC" && "$NFCTL" test "${opts[@]}" "$WORK/$obj.bpf.o" "$(basename "$stf")") \
		> "$WORK/out" 2> "$WORK/err" || rc=$?
	want=$(directive "$stf" error)
	if [ -z "$want" ]; then
		if [ $rc -eq 0 ] && grep -q "^PASS " "$WORK/out"; then
			pass "$name"
		else
			fail "$name" "exit $rc, expected 0:" "$(head -n 20 "$WORK/err")"
		fi
		continue
	fi
	got=$(grep ': error: ' "$WORK/err")
	if [ $rc -eq 1 ] && [ "$got" = "$want" ]; then
		pass "$name"
	else
		fail "$name" "exit $rc (expected 1), messages:" "$(diff <(echo "$want") <(echo "$got") | head -n 20)"
	fi
done

# ---- cli ----

# check NAME CMD...: the command succeeds.
check() {
	local name=$1
	shift
	if "$@" > "$WORK/out" 2> "$WORK/err"; then
		pass "$name"
	else
		fail "$name" "$* failed:" "$(head -n 10 "$WORK/err")"
	fi
}

# refuse NAME MESSAGE CMD...: the command fails with exit 1 and MESSAGE on stderr.
refuse() {
	local name=$1 msg=$2 rc=0
	shift 2
	"$@" > "$WORK/out" 2> "$WORK/err" || rc=$?
	if [ $rc -eq 1 ] && grep -qF -- "$msg" "$WORK/err"; then
		pass "$name"
	else
		fail "$name" "$* exited $rc; expected 1 and: $msg" "got: $(head -n 5 "$WORK/err")"
	fi
}

# same NAME EXPECTED ACTUAL
same() {
	if [ "$2" = "$3" ]; then
		pass "$1"
	else
		fail "$1" "expected: $2" "got:      $3"
	fi
}

N=$NFCTL
F=$BPFFS/filter R=$BPFFS/router A=$BPFFS/acl

for h in prog table counter register test; do
	rc=0
	$N "$h" help > /dev/null 2> "$WORK/err" || rc=$?
	if [ $rc -eq 0 ] && grep -q '^Usage: nfctl' "$WORK/err"; then
		pass "cli/help/$h"
	else
		fail "cli/help/$h" "exit $rc"
	fi
done
refuse cli/ambiguous-object "ambiguous command 't'" $N t
check cli/prefixes $N pro hel

# Loading, showing, refusing a second load into the same place.
check cli/prog/load-filter $N prog load "$WORK/filter_tc.bpf.o" "$F"
check cli/prog/load-router $N prog load "$WORK/router_xdp.bpf.o" "$R"
check cli/prog/load-acl $N prog load "$WORK/acl_xdp.bpf.o" "$A"
refuse cli/prog/load-twice "exists" $N prog load "$WORK/filter_tc.bpf.o" "$F"
same cli/prog/pins "desc maps prog" "$(ls "$F" | tr '\n' ' ' | sed 's/ $//')"
same cli/prog/show-json "filter_tc ebpf_filter tc filter_prog" \
	"$($N -j prog show "$F" | jq -r '.[0] | "\(.name) \(.arch) \(.hook) \(.program)"')"
same cli/prog/bpftool-sees-it "filter_prog" \
	"$(bpftool -j prog show pinned "$F/prog" | jq -r .name)"
refuse cli/prog/not-an-nf "not a loaded NF" $N prog show "$WORK"
# A description that does not match the object is refused before loading.
jq '.tables[0].value_size = 16' "$WORK/filter_tc.json" > "$WORK/wrong.json"
refuse cli/prog/desc-mismatch "map 'pipe_Check_src_ip' has 4-byte keys and 8-byte values" \
	$N prog load "$WORK/filter_tc.bpf.o" "$BPFFS/wrong" desc "$WORK/wrong.json"
same cli/prog/desc-mismatch-no-pins "no" "$([ -e "$BPFFS/wrong" ] && echo yes || echo no)"
# The verifier's verdict reaches the user, and nothing stays pinned.
cat > "$WORK/unsafe.bpf.c" <<'EOF'
#include "p4e.h"
SEC("xdp")
int unsafe_prog(struct xdp_md *ctx)
{
	/* No bounds check: the verifier must refuse this. */
	return *(__u8 *)(long)ctx->data == 1 ? XDP_DROP : XDP_PASS;
}
char _license[] SEC("license") = "GPL";
EOF
jq '.name = "unsafe" | .program = "unsafe_prog" | .tables = [] | .counters = []' \
	"$WORK/helpers_xdp.json" > "$WORK/unsafe.json"
if "$CLANG" -O2 -g -target bpf -I"$ARCH_INC" -Iruntime/bpf -c "$WORK/unsafe.bpf.c" -o "$WORK/unsafe.bpf.o"; then
	refuse cli/prog/verifier-rejects "NF 'unsafe': loading $WORK/unsafe.bpf.o failed: Permission denied" \
		$N prog load "$WORK/unsafe.bpf.o" "$BPFFS/unsafe"
	if grep -q "invalid access to packet" "$WORK/err"; then
		pass cli/prog/verifier-log
	else
		fail cli/prog/verifier-log "the verifier's log is not on stderr"
	fi
	same cli/prog/verifier-no-pins "no" "$([ -e "$BPFFS/unsafe" ] && echo yes || echo no)"
else
	fail cli/prog/verifier-rejects "cannot compile the unsafe program"
fi

# An exact table by P4 name, alias and suffix; positional and named keys.
check cli/exact/add $N table add "$F" pipe.Check_src_ip headers.ipv4.srcAddr=10.0.0.1 action pipe.Reject
check cli/exact/add-alias $N table add "$F" pipe_Check_src_ip 0x0a000002 action _NoAction
check cli/exact/add-suffix $N table add "$F" Check_src_ip srcAddr:10.0.0.3 action 'Reject()'
refuse cli/exact/add-twice "an entry with this key exists" \
	$N table add "$F" Check_src_ip 10.0.0.1 action Reject
same cli/exact/dump-json "0x0a000001=pipe.Reject 0x0a000002=NoAction 0x0a000003=pipe.Reject" \
	"$($N -j table dump "$F" Check_src_ip |
		jq -r '[.entries[] | "\(.key["headers.ipv4.srcAddr"])=\(.action)"] | sort | join(" ")')"
same cli/exact/get "pipe.Reject" \
	"$($N -j table get "$F" Check_src_ip 10.0.0.3 | jq -r .action)"
check cli/exact/delete $N table delete "$F" Check_src_ip 10.0.0.3
refuse cli/exact/delete-again "no entry with this key" $N table delete "$F" Check_src_ip 10.0.0.3
same cli/exact/count "2" "$($N -j table show "$F" | jq '.[] | select(.name == "pipe.Check_src_ip") | .entries')"
refuse cli/exact/const-default "the default action is const" \
	$N table default "$F" Check_src_ip action Reject
refuse cli/exact/bad-table "NF 'filter_tc': no table 'nothing'" $N table dump "$F" nothing
refuse cli/exact/bad-action "no action 'Accept'" $N table add "$F" Check_src_ip 1 action Accept
refuse cli/exact/too-wide "0x1ffffffff does not fit in 32 bits" \
	$N table add "$F" Check_src_ip 0x1ffffffff action Reject
check cli/exact/two-fields $N table add "$F" Check_mac b8:81:98:b7:ae:b7 0x0800 action NoAction
same cli/exact/two-fields-dump "0xb88198b7aeb7 0x0800" \
	"$($N -j table dump "$F" Check_mac | jq -r '.entries[0].key | "\(.["headers.ethernet.srcAddr"]) \(.["headers.ethernet.etherType"])"')"
check cli/default/set $N table default "$F" pipe.Check_mac action pipe.Reject
same cli/default/get "pipe.Reject false" \
	"$($N -j table default "$F" Check_mac | jq -r '"\(.action) \(.const)"')"

# An array table: entries are slots.
check cli/array/add $N table add "$F" dscp 16 action Reject
same cli/array/dump "0x10" "$($N -j table dump "$F" dscp | jq -r '.entries[].key["headers.ipv4.diffserv"]')"
refuse cli/array/out-of-range "does not fit in 8 bits" $N table add "$F" dscp 256 action Reject
check cli/array/delete $N table delete "$F" dscp 16
same cli/array/empty "0" "$($N -j table dump "$F" dscp | jq '.entries | length')"
check cli/clear $N table clear "$F" Check_src_ip
same cli/clear-empty "0" "$($N -j table dump "$F" Check_src_ip | jq '.entries | length')"

# An lpm table: prefixes, longest match, and the exact+lpm key.
check cli/lpm/add8 $N table add "$R" routes 10.0.0.0/8 action forward src_mac=1 dst_mac=2 ifindex=3
check cli/lpm/add16 $N table add "$R" routes hdr.ipv4.dst_addr:10.1.0.0/16 action 'forward(src_mac:1, dst_mac:2, ifindex:4)'
check cli/lpm/add-port $N table add "$R" port_routes 10.2.0.0/16 xin.input_port=7 action drop
same cli/lpm/dump "0x0a000000/8 0x0a010000/16" \
	"$($N -j table dump "$R" routes | jq -r '[.entries[].key["hdr.ipv4.dst_addr"]] | sort | join(" ")')"
same cli/lpm/lookup-longest "0x0a010000/16 0x00000004" \
	"$($N -j table lookup "$R" routes 10.1.2.3 | jq -r '"\(.key["hdr.ipv4.dst_addr"]) \(.args.ifindex)"')"
same cli/lpm/lookup-shorter "0x0a000000/8" \
	"$($N -j table lookup "$R" routes 10.2.2.3 | jq -r '.key["hdr.ipv4.dst_addr"]')"
same cli/lpm/lookup-miss "false rt_control.drop" \
	"$($N -j table lookup "$R" routes 11.0.0.1 | jq -r '"\(.hit) \(.action)"')"
same cli/lpm/port-key "0x0a020000/16 0x00000007" \
	"$($N -j table dump "$R" port_routes | jq -r '.entries[0].key | "\(.["hdr.ipv4.dst_addr"]) \(.["xin.input_port"])"')"
check cli/lpm/delete $N table delete "$R" routes 10.1.0.0/16
refuse cli/lpm/delete-again "no entry with this key" $N table delete "$R" routes 10.1.0.0/16
refuse cli/lpm/not-a-prefix "is not a prefix" $N table add "$R" routes 0x0a000001\&\&\&0xff00ff00 action drop

# A ternary table: priorities, masks, the mask list, lookups as the data path does them.
check cli/ternary/add1 $N table add "$A" rules priority 10 src_addr=10.0.0.0/8 protocol=6 action allow
check cli/ternary/add2 $N table add "$A" rules priority 20 10.1.0.0/16 '*' '*' 443 action deny rule=7
check cli/ternary/add3 $N table add "$A" rules priority 30 dst_addr=0x3212**** action deny 3
refuse cli/ternary/needs-priority "a ternary entry needs a priority" \
	$N table add "$A" rules protocol=17 action allow
same cli/ternary/dump-sorted "30 20 10 1" \
	"$($N -j table dump "$A" rules | jq -r '[.entries[].priority] | join(" ")')"
same cli/ternary/masks "4" \
	"$(bpftool -j map dump pinned "$A/maps/fw_filter_rules_masks" | jq '[.[] | select(.formatted.value.hdr.id != 0)] | length')"
same cli/ternary/masks-sorted "30 20 10 1" \
	"$(bpftool -j map dump pinned "$A/maps/fw_filter_rules_masks" |
		jq -r '[.[] | select(.formatted.value.hdr.id != 0) | .formatted.value.hdr.max_priority] | join(" ")')"
same cli/ternary/lookup "20 fw_filter.deny 0x00000007" \
	"$($N -j table lookup "$A" rules 10.1.152.69 1.2.3.4 6 443 | jq -r '"\(.priority) \(.action) \(.args.rule)"')"
same cli/ternary/lookup-highest "30" \
	"$($N -j table lookup "$A" rules 10.1.152.69 50.18.1.1 6 443 | jq -r .priority)"
check cli/ternary/delete $N table delete "$A" rules priority 30 dst_addr=0x3212****
same cli/ternary/mask-freed "3" \
	"$(bpftool -j map dump pinned "$A/maps/fw_filter_rules_masks" | jq '[.[] | select(.formatted.value.hdr.id != 0)] | length')"
check cli/ternary/clear $N table clear "$A" rules
same cli/ternary/cleared "0 0" \
	"$($N -j table dump "$A" rules | jq '.entries | length') $(bpftool -j map dump pinned "$A/maps/fw_filter_rules_masks" | jq '[.[] | select(.formatted.value.hdr.id != 0)] | length')"

# Range fields: an entry is stored as prefixes (ABI.md 3.4); this table has 6 mask slots.
# 1000..1999 is 7 prefixes of 6 sizes: 1000/13 1008/12 1024/7 1536/8 1792/9 1920/10 1984/12.
PR=port_ranges
masks_of() {
	bpftool -j map dump pinned "$A/maps/fw_filter_port_ranges_masks" |
		jq '[.[] | select(.formatted.value.hdr.id != 0)] | length'
}
entries_of() {
	$N -j table dump "$A" $PR | jq '.entries | length'
}
check cli/range/add $N table add "$A" $PR priority 5 dst_port=1000..1999 action deny 1
same cli/range/pieces "7 6" "$(entries_of) $(masks_of)"
same cli/range/dump "0x03e8..0x03ef *" \
	"$($N -j table dump "$A" $PR | jq -r '.entries | map(select(.key["hdr.ports.dst_port"] | startswith("0x03e8"))) | .[0].key | "\(.["hdr.ports.dst_port"]) \(.["hdr.ports.src_port"])"')"
same cli/range/lookup-bounds "true true false false" \
	"$(for p in 1000 1999 999 2000; do $N -j table lookup "$A" $PR $p 7; done | jq -r .hit | xargs)"
same cli/range/get "5 fw_filter.deny" \
	"$($N -j table get "$A" $PR priority 5 dst_port=1000..1999 | jq -r '"\(.priority) \(.action)"')"
refuse cli/range/exists "an entry with these ranges and priority 5 exists" \
	$N table add "$A" $PR priority 5 dst_port=1000..1999 action allow
# 0..1023 needs 0/7 1024-sized... its fifth piece, 960/11, needs a seventh mask:
# the four pieces written before it are taken back.
refuse cli/range/full "all 6 masks are in use" \
	$N table add "$A" $PR priority 7 dst_port=0..1023 action allow
same cli/range/rolled-back "7 6" "$(entries_of) $(masks_of)"
refuse cli/range/reversed "range '20..10' ends below its start" \
	$N table add "$A" $PR priority 1 dst_port=20..10 action allow
refuse cli/range/not-prefix "a range field matches LO..HI, a value or a prefix, not '0x0f&&&0x0f'" \
	$N table add "$A" $PR priority 1 dst_port=0x0f\&\&\&0x0f action allow
check cli/range/delete $N table delete "$A" $PR priority 5 dst_port=1000..1999
same cli/range/deleted "0 0" "$(entries_of) $(masks_of)"
refuse cli/range/delete-again "no entry with these ranges and priority 5" \
	$N table delete "$A" $PR priority 5 dst_port=1000..1999
# 0..11 and 8..11 both have the piece 8/14: it takes a second slot with the same mask.
check cli/range/overlap1 $N table add "$A" $PR priority 5 dst_port=0..11 src_port=0x50 action deny 5
check cli/range/overlap2 $N table add "$A" $PR priority 6 'dst_port=8->11' src_port=0x50 action deny 6
same cli/range/overlap-slots "3 3" "$(entries_of) $(masks_of)"
same cli/range/overlap-lookup "0x00000006 0x00000006 0x00000005" \
	"$(for p in 9 11 3; do $N -j table lookup "$A" $PR $p 0x50; done | jq -r .args.rule | xargs)"
check cli/range/overlap-delete $N table delete "$A" $PR priority 6 dst_port=8..11 src_port=0x50
same cli/range/overlap-after "0x00000005 2 2" \
	"$($N -j table lookup "$A" $PR 9 0x50 | jq -r .args.rule) $(entries_of) $(masks_of)"
# The data path: UDP 10.1.152.69 -> 50.18.200.106, ports 0x50 -> 9 is denied by the range table
# (the rules table's const entry allows UDP to 53 only, so allow it first).
check cli/range/allow-udp $N table add "$A" rules priority 2 protocol=17 action allow
printf '%s' 001b17000130b88198b7aeb708004500001c4a6f4000401153aa0a0198453212c86a00500009000800000000 |
	xxd -r -p > "$WORK/udp9.bin"
printf '%s' 001b17000130b88198b7aeb708004500001c4a6f4000401153aa0a0198453212c86a0050000c000800000000 |
	xxd -r -p > "$WORK/udp12.bin"
same cli/range/data-path "1 2" \
	"$(for f in udp9 udp12; do bpftool -j prog run pinned "$A/prog" data_in "$WORK/$f.bin" | jq .retval; done | xargs)"
check cli/range/clear $N table clear "$A" $PR
check cli/range/clear-rules $N table clear "$A" rules

# Counters: traffic through the pinned program, then reads summed over CPUs.
printf '%s' 001b17000130b88198b7aeb708004500001c4a6f4000400653aa0a01984532120101cf2c01bb01020304 |
	xxd -r -p > "$WORK/tcp.bin"
check cli/counter/traffic bpftool prog run pinned "$F/prog" data_in "$WORK/tcp.bin" repeat 5
same cli/counter/get "5" "$($N -j counter get "$F" pipe.by_proto 6 | jq .value)"
same cli/counter/dump "6=5" "$($N -j counter dump "$F" by_proto | jq -r '.values[] | "\(.index)=\(.value)"')"
check cli/counter/clear $N counter clear "$F" by_proto 6
same cli/counter/cleared "0" "$($N -j counter get "$F" by_proto 6 | jq .value)"
refuse cli/counter/range "index '300' is not a number below 256" $N counter get "$F" by_proto 300
# The acl's default denies with rule 0 into a sparse counter.
check cli/counter/sparse-traffic bpftool prog run pinned "$A/prog" data_in "$WORK/tcp.bin" repeat 3
same cli/counter/sparse "0=3" "$($N -j counter dump "$A" rejected | jq -r '.values[] | "\(.index)=\(.value)"')"
same cli/counter/sparse-unseen "0" "$($N -j counter get "$A" rejected 99 | jq .value)"

# Registers: the program writes one, the control plane reads and writes cells.
G=$BPFFS/reflect
check cli/register/load $N prog load "$WORK/reflect_tc.bpf.o" "$G"
check cli/register/traffic bpftool prog run pinned "$G/prog" data_in "$WORK/tcp.bin"
same cli/register/get "0xb88198b7aeb7" "$($N -j register get "$G" last_src 0 | jq -r .value)"
check cli/register/set $N register set "$G" nf.last_src 3 0a:00:27:00:00:01
same cli/register/dump "0xb88198b7aeb7 0x000000000000 0x000000000000 0x0a0027000001" \
	"$($N -j register dump "$G" nf_last_src | jq -r '[.values[0:4][].value] | join(" ")')"
refuse cli/register/range "index '16' is not a number below 16" $N register get "$G" last_src 16
refuse cli/register/too-wide "does not fit in 48 bits" $N register set "$G" last_src 1 0x1000000000000
check cli/register/unload $N prog unload "$G"

# Unloading removes the pins.
check cli/prog/unload $N prog unload "$F"
same cli/prog/unloaded "no" "$([ -e "$F" ] && echo yes || echo no)"
refuse cli/prog/unload-again "not a loaded NF" $N prog unload "$F"

# ---- unit ----

if [ -n "$TEST_ENCODE" ]; then
	if "$TEST_ENCODE" > "$WORK/unit.log" 2>&1; then
		pass "unit/encode ($(grep -c '^\[       OK' "$WORK/unit.log") cases)"
	else
		fail unit/encode "$(grep -E 'FAILED|Error|error' "$WORK/unit.log" | head -n 10)"
	fi
else
	skip unit/encode "TEST_ENCODE not set"
fi

# ---- sanitizers ----

if compgen -G "$WORK/sanitizer.*" > /dev/null; then
	fail sanitizers "$(cat "$WORK"/sanitizer.* | head -n 30)"
else
	pass sanitizers
fi

summary
[ "$failed" -eq 0 ]
