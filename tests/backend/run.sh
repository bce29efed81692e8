#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
# run.sh: golden generated C. Every tests/backend/NAME.src names a P4 file
# (and p4c-ebpf arguments after it); `p4c-ebpf -o NAME.c` of it must write
# exactly NAME.c and NAME.json beside the .src. Prints PASS/FAIL lines and
# "N passed, N failed, 0 skipped".
#
#   tests/backend/run.sh [--update]    --update rewrites the golden files
#
# Environment: P4C (build/bin/p4c-ebpf), WORK (a temporary directory).
set -u

cd "$(dirname "$0")/../.."
P4C=${P4C:-build/bin/p4c-ebpf}
export LC_ALL=C
UPDATE=false
[ "${1:-}" = --update ] && UPDATE=true

. tests/report.sh

OWN_WORK=
if [ -z "${WORK:-}" ]; then
	WORK=$(mktemp -d /tmp/backend-test.XXXXXX)
	OWN_WORK=$WORK
fi
trap '[ -n "$OWN_WORK" ] && rm -rf "$OWN_WORK"' EXIT

for src in $(find tests/backend -maxdepth 1 -name '*.src' | sort); do
	name=$(basename "$src" .src)
	dir=$WORK/backend/$name
	mkdir -p "$dir"
	read -r -a args < "$src" || true
	file=${args[0]:-}
	if [ -z "$file" ] || [ ! -f "$file" ]; then
		fail "backend/$name" "$src must name a P4 file, not '$file'"
		continue
	fi
	rc=0
	"$P4C" "${args[@]:1}" -o "$dir/$name.c" "$file" > "$dir/out" 2> "$dir/err" || rc=$?
	if [ $rc -ne 0 ]; then
		fail "backend/$name" "p4c-ebpf ${args[*]:1} -o $name.c $file: exit $rc:" "$(head -n 20 "$dir/err")"
		continue
	fi
	ok=true why=()
	for ext in c json; do
		golden=tests/backend/$name.$ext
		if $UPDATE; then
			cmp -s "$dir/$name.$ext" "$golden" 2> /dev/null || {
				cp "$dir/$name.$ext" "$golden"
				why+=("wrote $golden")
			}
		elif [ ! -f "$golden" ]; then
			ok=false
			why+=("no $golden; \`make test-update\` writes it (review it)")
		elif ! diff -u "$golden" "$dir/$name.$ext" > "$dir/$ext.diff"; then
			ok=false
			why+=("$golden differs (make test-update rewrites it):")
			mapfile -t -O "${#why[@]}" why < <(head -n 30 "$dir/$ext.diff")
		fi
	done
	if $ok; then
		pass "backend/$name"
		[ ${#why[@]} -eq 0 ] || printf '    %s\n' "${why[@]}"
	else
		fail "backend/$name" "${why[@]}"
	fi
done
summary
[ $failed -eq 0 ]
