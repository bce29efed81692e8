#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
# install-deps.sh: installs the Debian packages that building and testing p4ebpf
# need (`make deps`). Does nothing when they are all there; otherwise needs root
# (or sudo) and Debian's package archive.
set -euo pipefail

packages=(
	build-essential    # cc, make, the C library's headers
	flex bison         # the frontend's lexer and grammar
	pkg-config         # finding libraries' flags
	clang llvm         # compiling generated C for the BPF target; llvm-objdump
	libclang-rt-14-dev # libFuzzer and the sanitizer runtimes for clang 14
	linux-libc-dev     # <linux/bpf.h> and friends
	libbpf-dev libelf-dev zlib1g-dev # the loader, through libbpf
	bpftool iproute2   # inspecting and attaching programs, namespaces in tests
	libjson-c-dev      # nf.json, the control-plane description
	libyaml-dev        # graph.yaml, the NF graphs
	libpcap-dev        # nfctl run: pcap in, pcap out
	libgmp-dev         # arbitrary-width constants in the compiler
	mcpp               # the C preprocessor the compiler runs on P4 sources
	libcmocka-dev      # the unit tests
	jq                 # tests that read JSON output
)

# dpkg-query is cheap and needs no network: ask it first.
missing=()
for p in "${packages[@]}"; do
	status=$(dpkg-query -W -f='${Status}' "$p" 2> /dev/null || true)
	[ "$status" = "install ok installed" ] || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
	echo "deps: all ${#packages[@]} packages are installed"
	exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
	command -v sudo > /dev/null || {
		echo "deps: missing ${missing[*]}; run this as root to install them" >&2
		exit 1
	}
	sudo=(sudo)
fi

echo "deps: installing ${missing[*]}"
# Through env, because sudo drops the caller's environment.
apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get)
# The package lists may be absent or stale on a fresh machine.
"${apt[@]}" update -qq
"${apt[@]}" install -y -qq --no-install-recommends "${missing[@]}" < /dev/null

# apt-get succeeds on some partial outcomes; check what we asked for.
for p in "${missing[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2> /dev/null | grep -qx 'install ok installed' || {
		echo "deps: $p is still not installed" >&2
		exit 1
	}
done
echo "deps: done"
