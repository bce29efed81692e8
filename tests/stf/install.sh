#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
# install.sh: an NF repository outside the tree, built with nothing but an
# installed p4ebpf. `make install DESTDIR=TMP PREFIX=/usr`, then a small
# repository whose Makefile includes the installed p4ebpf.mk: it must build
# ttl.bpf.o and ttl.json, rebuild nothing when nothing changed, rebuild when
# an included P4 file changes, and pass its STF test through the kernel.
# Prints PASS/FAIL/SKIP lines and "N passed, N failed, N skipped".
#
# Environment: MAKE (make), BUILD (build), WORK (a temporary directory).
set -u

cd "$(dirname "$0")/../.."
MAKE=${MAKE:-make}
BUILD=${BUILD:-build}
export LC_ALL=C
# The installed tools must find their files by themselves.
unset P4EBPF_P4LIB P4EBPF_RUNTIME P4C NFCTL

. tests/report.sh
finish() {
	summary
	[ $failed -eq 0 ]
	exit
}

OWN_WORK=
if [ -z "${WORK:-}" ]; then
	WORK=$(mktemp -d /tmp/install-test.XXXXXX)
	OWN_WORK=$WORK
fi
trap '[ -n "$OWN_WORK" ] && rm -rf "$OWN_WORK"' EXIT
# The NF repository lives elsewhere: every path it is given must be absolute.
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
ROOT=$WORK/install/root
NF=$WORK/install/nf
rm -rf "$WORK/install"
mkdir -p "$ROOT" "$NF"

if "$MAKE" --no-print-directory BUILD="$BUILD" install DESTDIR="$ROOT" PREFIX=/usr > "$WORK/install/log" 2>&1; then
	pass install/make-install
else
	fail install/make-install "make install failed:" "$(tail -n 20 "$WORK/install/log")"
	finish
fi
missing=
for f in bin/p4c-ebpf bin/nfctl share/p4ebpf/p4ebpf.mk share/p4ebpf/p4lib/xdp_model.p4 \
	share/p4ebpf/runtime/bpf/p4e.h lib/pkgconfig/p4ebpf.pc; do
	[ -e "$ROOT/usr/$f" ] || missing+=" $f"
done
if [ -z "$missing" ]; then
	pass install/files
else
	fail install/files "not installed:$missing"
fi
mkdir_var=$(PKG_CONFIG_PATH=$ROOT/usr/lib/pkgconfig pkg-config --variable=mkdir p4ebpf 2> /dev/null)
if [ "$mkdir_var" = /usr/share/p4ebpf ]; then
	pass install/pkg-config
else
	fail install/pkg-config "pkg-config --variable=mkdir p4ebpf: '$mkdir_var', expected /usr/share/p4ebpf"
fi

# The repository: ttl split in two files, to see the dependency on the include.
sed -n '/^header ethernet_t/,/^const bit<16> ETHERTYPE_IPV4/p' examples/ttl/ttl.p4 > "$NF/headers.p4"
{
	echo '#include <xdp_model.p4>'
	echo 'typedef bit<48> mac_addr_t;'
	echo 'typedef bit<32> ipv4_addr_t;'
	echo '#include "headers.p4"'
	sed -n '/^parser ttl_parser/,$p' examples/ttl/ttl.p4
} > "$NF/ttl.p4"
grep -v '^#! ' tests/stf/ttl.stf > "$NF/ttl.stf"
cat > "$NF/Makefile" <<MK
include $ROOT/usr/share/p4ebpf/p4ebpf.mk
all: ttl.bpf.o
test: ttl.stf-test
MK

nfmake() { "$MAKE" --no-print-directory -C "$NF" "$@" > "$WORK/install/nf.log" 2>&1; }
if nfmake && [ -f "$NF/ttl.bpf.o" ] && [ -f "$NF/ttl.json" ] && [ -f "$NF/ttl.bpf.d" ]; then
	pass install/nf-build
else
	fail install/nf-build "make in the NF repository:" "$(tail -n 20 "$WORK/install/nf.log")"
	finish
fi
if nfmake && ! grep -q P4C "$WORK/install/nf.log"; then
	pass install/nf-up-to-date
else
	fail install/nf-up-to-date "a second make rebuilt something:" "$(tail -n 5 "$WORK/install/nf.log")"
fi
sleep 1
touch "$NF/headers.p4"
if nfmake && grep -q 'P4C *ttl.p4' "$WORK/install/nf.log"; then
	pass install/nf-include-changed
else
	fail install/nf-include-changed "touching headers.p4 did not rebuild ttl.bpf.o:" "$(tail -n 5 "$WORK/install/nf.log")"
fi
rm "$NF/headers.p4"
sed -n '/^header ethernet_t/,/^const bit<16> ETHERTYPE_IPV4/p' examples/ttl/ttl.p4 > "$NF/headers.p4"
if [ "$(id -u)" -ne 0 ]; then
	skip install/nf-stf "needs root for BPF"
elif nfmake test && grep -q '^PASS' "$WORK/install/nf.log"; then
	pass install/nf-stf
else
	fail install/nf-stf "make test in the NF repository:" "$(tail -n 20 "$WORK/install/nf.log")"
fi
finish
