# SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
# tests/lib.sh: how tests report, for tests/run-tests.sh and the suites it runs.
#
# A test prints its results on stdout:
#   PASS name
#   FAIL name          followed by details, each line indented by four spaces
#   SKIP name: reason  (only through `skip`, which fails instead when CI=true)
# The harness captures each test's output in a file and `collect` prints and
# counts it, so tests can run in parallel (`parallel`) and still report in order.
# Needs: WORK (a scratch directory) and JOBS (how many tests at once).

N_PASS=0
N_FAIL=0
N_SKIP=0
SEQ=0

pass() { printf 'PASS %s\n' "$1"; }

# fail NAME [LINE...]: each LINE becomes an indented detail.
fail()
{
	printf 'FAIL %s\n' "$1"
	shift
	[ $# -eq 0 ] || printf '    %s\n' "$@"
}

# skip NAME REASON: a test that cannot run here. CI must run everything, so
# there a skip is a failure.
skip()
{
	if [ "${CI:-}" = true ]; then
		fail "$1" "skipped ($2), but CI=true allows no skips"
	else
		printf 'SKIP %s: %s\n' "$1" "$2"
	fi
}

# detail FILE [MAX]: the first MAX (20) lines of FILE, indented, as details
# under a FAIL.
detail()
{
	local max=${2:-20} n
	n=$(wc -l < "$1")
	sed -n "1,${max}s/^/    /p" "$1"
	if [ "$n" -gt "$max" ]; then
		printf '    ... %d more lines in %s\n' $((n - max)) "$1"
	fi
}

# diff_detail EXPECTED ACTUAL DIFF: true when the files are equal; else keeps
# their unified diff in DIFF and prints its start as details.
diff_detail()
{
	if diff -u --label "$1" --label "$2" "$1" "$2" > "$3"; then
		return 0
	fi
	detail "$3" 20
	return 1
}

# why_status RC: what a command's exit status says beyond "it failed".
why_status()
{
	case $1 in
	124) echo "timed out" ;;
	86) echo "sanitizer report (exit 86)" ;;
	*) if [ "$1" -gt 128 ]; then echo "killed by signal $(($1 - 128))"; else echo "exit $1"; fi ;;
	esac
}

# collect FILE: prints a test's captured output and counts its results.
collect()
{
	local line
	while IFS= read -r line || [ -n "$line" ]; do
		case $line in
		'PASS '*) N_PASS=$((N_PASS + 1)) ;;
		'FAIL '*) N_FAIL=$((N_FAIL + 1)) ;;
		'SKIP '*) N_SKIP=$((N_SKIP + 1)) ;;
		esac
		printf '%s\n' "$line"
	done < "$1"
	rm -f "$1"
}

# captured OUT NAME FN ARGS...: runs `FN ARGS` in a subshell with its output in
# OUT; a function that died without reporting a failure fails as NAME.
captured()
{
	local out=$1 name=$2 rc=0
	shift 2
	("$@") > "$out" 2>&1 || rc=$?
	if [ $rc -ne 0 ] && ! grep -q '^FAIL ' "$out"; then
		fail "$name" "the test itself failed: $(why_status $rc)" >> "$out"
	fi
}

# run_test NAME FN ARGS...: runs one test function and reports it.
run_test()
{
	local out="$WORK/out.$((++SEQ))"
	captured "$out" "$@"
	collect "$out"
}

# parallel FN ITEM...: runs `FN ITEM` for every item, JOBS at a time, then
# reports them in the order given.
parallel()
{
	local fn=$1 item out
	local -a outs=()
	shift
	for item in "$@"; do
		while [ "$(jobs -rp | wc -l)" -ge "$JOBS" ]; do
			wait -n || true
		done
		out="$WORK/out.$((++SEQ))"
		outs+=("$out")
		captured "$out" "$item" "$fn" "$item" &
	done
	wait
	for out in "${outs[@]+"${outs[@]}"}"; do
		collect "$out"
	done
}

# summary: the closing line; true when nothing failed.
summary()
{
	local line="$N_PASS passed, $N_FAIL failed"
	[ "$N_SKIP" -eq 0 ] || line+=", $N_SKIP skipped"
	printf '%s\n' "$line"
	[ "$N_FAIL" -eq 0 ]
}
