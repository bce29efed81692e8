#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
# run-tests.sh: builds what the tests need and runs every suite; the last line
# it prints is "N passed, N failed[, N skipped]", and it fails when any test did.
#
#   tests/run-tests.sh [--update]
#
# Usually run as `make test` or `make test-update`. Environment:
#   TESTS         suites to run, in this order: build unit parser sema ir loader stf fuzz (default: all)
#   BUILD         the build directory (build)
#   MAKE          make
#   FUZZ_SECONDS  how long the fuzz smoke test runs (60)
#   JOBS          tests run at once (2)
#   CI=true       a skipped test fails
#
# Suites:
#   build   the release compiler and the ASan+UBSan one
#   unit    tests/unit's cmocka binaries (when tests/unit/build.mk exists)
#   parser  tests/parser/valid/**/*.p4 must parse cleanly and survive --pp;
#           tests/parser/invalid/*.p4 must fail with exactly NAME.err on stderr
#   ir      tests/ir/NAME.src names a P4 file (and compiler arguments after it):
#           `p4c-ebpf --dump-ir` of it must be exactly tests/ir/NAME.ir; and
#           every tests/sema/valid/*.p4 must lower without errors or
#           sanitizer reports (the ASan build verifies the IR after each pass)
#   loader  tests/loader/run.sh: nfctl and the runtime through the real kernel,
#           with the ASan+UBSan nfctl (needs root)
#   stf     the eBPF backend: golden generated C (tests/backend/run.sh), STF
#           packet tests compiled with the ASan+UBSan p4c-ebpf and run through
#           the kernel (tests/stf/run.sh, needs root), and an NF repository
#           built outside the tree from `make install` (tests/stf/install.sh)
#   fuzz    `make fuzz-smoke`: the parser and the control-plane text fuzzers
#           (when tests/fuzz/build.mk exists)
# --update: rewrite the golden files (tests/parser/invalid/*.err, tests/ir/*.ir)
# instead of comparing them.
set -euo pipefail

# Diagnostics name files as they were given on the command line, so the
# compiler runs from the repository root on relative paths.
cd "$(dirname "$0")/.."
. tests/lib.sh

MAKE=${MAKE:-make}
BUILD=${BUILD:-build}
FUZZ_SECONDS=${FUZZ_SECONDS:-60}
JOBS=${JOBS:-2}
TESTS=${TESTS:-build unit parser sema ir loader stf fuzz}
UPDATE=false
case ${1:-} in
--update) UPDATE=true ;;
'') ;;
*) echo "usage: tests/run-tests.sh [--update]" >&2; exit 2 ;;
esac

WORK=$BUILD/tests
rm -rf "$WORK"
mkdir -p "$WORK"

P4C=$BUILD/bin/p4c-ebpf
P4C_ASAN=$BUILD/asan/bin/p4c-ebpf
# Sanitizer findings exit 86, which no compiler exit status can be confused with.
export ASAN_OPTIONS=detect_leaks=1:exitcode=86
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:exitcode=86
# A relative p4lib keeps paths into it relative in diagnostics too.
export P4EBPF_P4LIB=p4lib
# Keep the compiler's messages in the plain C locale whatever the machine's.
export LC_ALL=C

# Builds run with -j unless the calling make already shares its job slots.
MAKE_ARGS=(--no-print-directory "BUILD=$BUILD")
case " ${MAKEFLAGS:-} " in
*jobserver*) ;;
*) MAKE_ARGS+=("-j$JOBS") ;;
esac

wants() { case " $TESTS " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }

# ---- build ----

# build_test NAME TARGET...: builds the targets, with the log as details.
build_test()
{
	local name=build/$1 log="$WORK/build-$1.log"
	shift
	if "$MAKE" "${MAKE_ARGS[@]}" "$@" > "$log" 2>&1; then
		pass "$name"
		return
	fi
	fail "$name" "make $* failed:"
	# The errors, not the pages of progress around them.
	if grep -E 'error|Error|undefined reference|\*\*\*' "$log" > "$log.errors"; then
		detail "$log.errors" 20
	else
		tail -n 20 "$log" | sed 's/^/    /'
	fi
}

# ---- unit ----

# unit_test BINARY: one cmocka binary; each of its cases is a test.
unit_test()
{
	local bin=$1 name=unit/${1##*/} log="$WORK/unit-${1##*/}.log" rc=0 line cases=0 failed=0
	[ -x "$bin" ] || { fail "$name" "$bin was not built"; return; }
	CMOCKA_MESSAGE_OUTPUT=TAP timeout 300 "$bin" > "$log" 2>&1 || rc=$?
	# TAP: "ok N - case", or "not ok N - case" followed by "# why" lines.
	while IFS= read -r line; do
		case $line in
		'ok '*)
			pass "$name/${line#* - }"
			cases=$((cases + 1))
			;;
		'not ok '[0-9]*)
			fail "$name/${line#* - }"
			cases=$((cases + 1))
			failed=$((failed + 1))
			;;
		'# not ok'*) ;;
		'# '*) [ $failed -eq 0 ] || printf '    %s\n' "${line#\# }" ;;
		esac
	done < "$log"
	# A crash, a leak at exit or a binary that ran nothing fails on its own.
	if [ $rc -ne 0 ] && [ $failed -eq 0 ] || [ $cases -eq 0 ]; then
		fail "$name" "$(why_status $rc) after $cases cases:"
		grep -v -E '^(ok|not ok|# |1\.\.)' "$log" > "$log.rest" || true
		detail "$log.rest" 20
	fi
}

suite_unit()
{
	[ -f tests/unit/build.mk ] || return 0
	local bins
	run_test build/unit build_test unit unit-tests
	bins=$("$MAKE" "${MAKE_ARGS[@]}" -s print-UNIT_TESTS)
	# shellcheck disable=SC2086 # a list of paths without spaces
	parallel unit_test $bins
}

# ---- parser ----

# golden NAME GOLDEN ACTUAL WHAT: ACTUAL must equal GOLDEN (WHAT names it in
# the failure: "stderr", "the IR"...). With --update, writes GOLDEN instead.
golden()
{
	local name=$1 golden=$2 actual=$3 what=$4
	if $UPDATE; then
		pass "$name"
		if [ ! -f "$golden" ] || ! cmp -s "$actual" "$golden"; then
			cp "$actual" "$golden"
			printf '    wrote %s\n' "$golden"
		fi
	elif [ ! -f "$golden" ]; then
		fail "$name" "no $golden; \`make test-update\` writes it from this output (review it):"
		detail "$actual" 10
	elif diff_detail "$golden" "$actual" "$actual.diff" > "$actual.why"; then
		pass "$name"
	else
		fail "$name" "$what differs from $golden (make test-update rewrites it):"
		cat "$actual.why"
	fi
}


# p4c OUT ERR ARGS...: the sanitized compiler, bounded in time.
p4c() { local out=$1 err=$2; shift 2; timeout 60 "$P4C_ASAN" "$@" > "$out" 2> "$err"; }

# test_name FILE: tests/parser/valid/a/b.p4 -> parser/valid/a/b
test_name() { local n=${1#tests/}; printf '%s\n' "${n%.p4}"; }

# roundtrip_step DIR WHAT ARGS...: one compiler run of the round trip; on
# failure prints why and returns 1.
roundtrip_step()
{
	local dir=$1 what=$2 rc=0
	shift 2
	p4c "$dir/$what" "$dir/$what.err" "$@" || rc=$?
	if [ $rc -ne 0 ] || [ -s "$dir/$what.err" ]; then
		printf '    p4c-ebpf %s: %s\n' "$*" "$(why_status $rc)"
		detail "$dir/$what.err" 10
		return 1
	fi
}

# parser_valid FILE: parses cleanly; and printing it with --pp then parsing
# that (already preprocessed) gives the same tree.
parser_valid()
{
	local f=$1 name dir rc=0
	name=$(test_name "$f")
	dir=$WORK/$name
	mkdir -p "$dir"
	p4c "$dir/parse.out" "$dir/parse.err" --parse-only "$f" || rc=$?
	if [ $rc -eq 0 ] && [ ! -s "$dir/parse.err" ]; then
		pass "$name"
	else
		fail "$name" "p4c-ebpf --parse-only: $(why_status $rc), expected exit 0 and no messages:"
		detail "$dir/parse.err" 20
	fi

	local rt=${name/#parser\/valid/parser/roundtrip}
	if roundtrip_step "$dir" ast --dump-ast "$f" > "$dir/why" &&
		roundtrip_step "$dir" pp.p4 --pp "$f" > "$dir/why" &&
		roundtrip_step "$dir" ast2 --dump-ast --no-cpp "$dir/pp.p4" > "$dir/why"; then
		if diff -q "$dir/ast" "$dir/ast2" > /dev/null; then
			pass "$rt"
		else
			fail "$rt" "the tree of --pp's output ($dir/pp.p4) differs:"
			diff_detail "$dir/ast" "$dir/ast2" "$dir/ast.diff" || true
		fi
	else
		fail "$rt"
		cat "$dir/why"
	fi
}

# parser_invalid FILE: exits 1 with exactly the golden NAME.err on stderr.
# With --update, writes NAME.err instead (never a crash's or a timeout's).
parser_invalid()
{
	local f=$1 golden=${1%.p4}.err name dir rc=0
	name=$(test_name "$f")
	dir=$WORK/$name
	mkdir -p "$dir"
	p4c "$dir/out" "$dir/err" --parse-only "$f" || rc=$?
	if [ $rc -ne 1 ]; then
		fail "$name" "p4c-ebpf --parse-only: $(why_status $rc), expected exit 1:"
		detail "$dir/err" 20
		return
	fi
	golden "$name" "$golden" "$dir/err" stderr
}

# orphan_golden ERR: a golden file whose test is gone.
orphan_golden()
{
	local name
	name=$(test_name "${1%.err}.p4")
	if $UPDATE; then
		rm -f "$1"
		pass "$name"
		printf '    removed %s: no %s\n' "$1" "${1%.err}.p4"
	else
		fail "$name" "$1 has no ${1%.err}.p4 beside it (make test-update removes it)"
	fi
}

# files DIR EXT [FIND-ARGS...]: DIR's *.EXT files, sorted; none when DIR is missing.
files()
{
	local dir=$1 ext=$2
	shift 2
	[ -d "$dir" ] || return 0
	find "$dir" "$@" -name "*.$ext" -type f | LC_ALL=C sort
}

suite_parser()
{
	local valid invalid orphans f
	run_test build/asan build_test asan "$P4C_ASAN"
	[ -x "$P4C_ASAN" ] || return 0
	# invalid/ may hold files that tests include in subdirectories: only its
	# top level is tests.
	mapfile -t invalid < <(files tests/parser/invalid p4 -maxdepth 1)
	mapfile -t orphans < <(for f in $(files tests/parser/invalid err -maxdepth 1); do
		[ -f "${f%.err}.p4" ] || echo "$f"
	done)
	if ! $UPDATE; then
		mapfile -t valid < <(files tests/parser/valid p4)
		parallel parser_valid "${valid[@]+"${valid[@]}"}"
	fi
	parallel parser_invalid "${invalid[@]+"${invalid[@]}"}"
	parallel orphan_golden "${orphans[@]+"${orphans[@]}"}"
}

# ---- sema ----

# sema_valid FILE [ARGS...]: type-checks with exit 0 and no error.
sema_valid()
{
	local f=$1 name dir rc=0
	shift
	name=sema/$(test_name "$f")
	name=${name/#sema\/sema\//sema/}
	dir=$WORK/$name
	mkdir -p "$dir"
	p4c "$dir/out" "$dir/err" --check "$@" "$f" || rc=$?
	if [ $rc -eq 0 ] && ! grep -q ' error: ' "$dir/err"; then
		pass "$name"
	else
		fail "$name" "p4c-ebpf --check: $(why_status $rc), expected exit 0 and no errors:"
		detail "$dir/err" 20
	fi
}

sema_valid_corpus() { sema_valid "$1" -I tests/sema/valid/include; }

# sema_invalid FILE: the first line says `// expect-error: LINE:COL: TEXT`,
# written from the specification: the compiler must exit 1 with an error at
# exactly that place whose message contains TEXT, and print exactly the
# golden NAME.err (with --update: write it, but only when the marker holds).
sema_invalid()
{
	local f=$1 golden=${1%.p4}.err name dir rc=0 marker where text
	name=$(test_name "$f")
	dir=$WORK/$name
	mkdir -p "$dir"
	marker=$(sed -n '1s|^// expect-error: ||p' "$f")
	where=${marker%%: *}
	text=${marker#*: }
	if [ -z "$marker" ] || [ "$where" = "$marker" ]; then
		fail "$name" "the first line must be '// expect-error: LINE:COL: TEXT'"
		return
	fi
	p4c "$dir/out" "$dir/err" --check "$f" || rc=$?
	if [ $rc -ne 1 ]; then
		fail "$name" "p4c-ebpf --check: $(why_status $rc), expected exit 1:"
		detail "$dir/err" 20
		return
	fi
	if ! grep -qF -- "$f:$where: error: " "$dir/err" ||
		! grep -F -- "$f:$where: error: " "$dir/err" | grep -qiF -- "$text"; then
		fail "$name" "expected an error at $where containing '$text'; got:"
		detail "$dir/err" 20
		return
	fi
	golden "$name" "$golden" "$dir/err" stderr
}

suite_sema()
{
	local valid invalid examples orphans f
	if ! $UPDATE && ! wants parser && ! wants build; then
		run_test build/asan build_test asan "$P4C_ASAN"
	fi
	[ -x "$P4C_ASAN" ] || return 0
	mapfile -t invalid < <(files tests/sema/invalid p4 -maxdepth 1)
	mapfile -t orphans < <(for f in $(files tests/sema/invalid err -maxdepth 1); do
		[ -f "${f%.err}.p4" ] || echo "$f"
	done)
	if ! $UPDATE; then
		mapfile -t valid < <(files tests/sema/valid p4 -maxdepth 1)
		mapfile -t examples < <(files examples p4)
		parallel sema_valid_corpus "${valid[@]+"${valid[@]}"}"
		parallel sema_valid "${examples[@]+"${examples[@]}"}"
	fi
	parallel sema_invalid "${invalid[@]+"${invalid[@]}"}"
	parallel orphan_golden "${orphans[@]+"${orphans[@]}"}"
}

# ---- ir ----

# ir_golden SRC: tests/ir/NAME.src holds "FILE [ARGS...]"; --dump-ir of it
# must succeed and print exactly tests/ir/NAME.ir. With --update, writes
# NAME.ir instead (never from a failed run).
ir_golden()
{
	local src=$1 golden=${1%.src}.ir name dir rc=0 file
	local -a args
	name=ir/$(basename "${1%.src}")
	dir=$WORK/$name
	mkdir -p "$dir"
	read -r -a args < "$src" || true
	file=${args[0]:-}
	if [ -z "$file" ] || [ ! -f "$file" ]; then
		fail "$name" "$src must name a P4 file (and compiler arguments after it), not '${file}'"
		return
	fi
	p4c "$dir/out" "$dir/err" --dump-ir "${args[@]:1}" "$file" || rc=$?
	if [ $rc -ne 0 ]; then
		fail "$name" "p4c-ebpf --dump-ir ${args[*]:1} $file: $(why_status $rc), expected exit 0:"
		detail "$dir/err" 20
		return
	fi
	golden "$name" "$golden" "$dir/out" "the IR"
}

# ir_orphan IR: a golden IR whose .src is gone.
ir_orphan()
{
	local name
	name=ir/$(basename "${1%.ir}")
	if $UPDATE; then
		rm -f "$1"
		pass "$name"
		printf '    removed %s: no %s\n' "$1" "${1%.ir}.src"
	else
		fail "$name" "$1 has no ${1%.ir}.src beside it (make test-update removes it)"
	fi
}

# ir_lowers FILE: a valid program of the sema corpus lowers cleanly.
ir_lowers()
{
	local f=$1 name dir rc=0
	name=ir/lower/$(test_name "$f")
	dir=$WORK/$name
	mkdir -p "$dir"
	p4c "$dir/out" "$dir/err" --dump-ir -I tests/sema/valid/include "$f" || rc=$?
	if [ $rc -eq 0 ]; then
		pass "$name"
	else
		fail "$name" "p4c-ebpf --dump-ir: $(why_status $rc), expected exit 0:"
		detail "$dir/err" 20
	fi
}

suite_ir()
{
	local srcs orphans valid f
	# The parser suite (also run by --update) or the build suite built it.
	if ! $UPDATE && ! wants parser && ! wants build; then
		run_test build/asan build_test asan "$P4C_ASAN"
	fi
	[ -x "$P4C_ASAN" ] || return 0
	mapfile -t srcs < <(files tests/ir src -maxdepth 1)
	mapfile -t orphans < <(for f in $(files tests/ir ir -maxdepth 1); do
		[ -f "${f%.ir}.src" ] || echo "$f"
	done)
	parallel ir_golden "${srcs[@]+"${srcs[@]}"}"
	parallel ir_orphan "${orphans[@]+"${orphans[@]}"}"
	if ! $UPDATE; then
		mapfile -t valid < <(files tests/sema/valid p4 -maxdepth 1)
		parallel ir_lowers "${valid[@]+"${valid[@]}"}"
	fi
}

# ---- loader ----

# The suite prints PASS/FAIL/SKIP lines of its own; they count as ours, under
# loader/, and its closing count line is dropped.
suite_loader()
{
	local out=$WORK/loader.out log=$WORK/loader-build.log
	if [ "$(id -u)" -ne 0 ]; then
		skip loader "needs root for BPF, bpffs and network namespaces"
		return
	fi
	local encode=$BUILD/asan/tests/loader/test_encode
	if ! "$MAKE" "${MAKE_ARGS[@]}" nfctl-asan "$encode" > "$log" 2>&1; then
		fail build/nfctl-asan "make nfctl-asan failed; full log in $log:"
		detail "$log" 20
		return
	fi
	pass build/nfctl-asan
	NFCTL=$BUILD/asan/bin/nfctl TEST_ENCODE=$encode bash tests/loader/run.sh > "$out" 2>&1 || true
	sed -n -e 's/^\(PASS\|FAIL\|SKIP\) /\1 loader\//p' -e '/^    /p' "$out" > "$out.results"
	# CI runs everything: a test the suite skipped is a failure there.
	if [ "${CI:-}" = true ]; then
		sed -i 's/^SKIP \(.*\)$/FAIL \1 (skipped, but CI=true allows no skips)/' "$out.results"
	fi
	if ! grep -q '^PASS ' "$out.results"; then
		fail loader "tests/loader/run.sh ran no test; its output:"
		detail "$out" 20
		return
	fi
	cat "$out.results"
}

# ---- stf ----

# The backend's scripts print PASS/FAIL/SKIP lines of their own; they count
# as ours and their closing count lines are dropped. --update rewrites the
# golden C only.
suite_stf()
{
	local out=$WORK/stf.out log=$WORK/stf-build.log script
	if ! "$MAKE" "${MAKE_ARGS[@]}" "$P4C_ASAN" nfctl-asan > "$log" 2>&1; then
		fail build/stf "make $P4C_ASAN nfctl-asan failed; full log in $log:"
		detail "$log" 20
		return
	fi
	: > "$out"
	if $UPDATE; then
		P4C=$P4C_ASAN WORK=$WORK/stf bash tests/backend/run.sh --update >> "$out" 2>&1 || true
	else
		for script in tests/backend/run.sh tests/stf/run.sh tests/stf/install.sh; do
			[ -f "$script" ] || continue
			P4C=$P4C_ASAN NFCTL=$BUILD/asan/bin/nfctl WORK=$WORK/stf MAKE=$MAKE BUILD=$BUILD \
				bash "$script" >> "$out" 2>&1 || true
		done
	fi
	sed -n -e '/^\(PASS\|FAIL\|SKIP\) /p' -e '/^    /p' "$out" > "$out.results"
	if [ "${CI:-}" = true ]; then
		sed -i 's/^SKIP \(.*\)$/FAIL \1 (skipped, but CI=true allows no skips)/' "$out.results"
	fi
	if ! grep -q '^PASS ' "$out.results"; then
		fail stf "the backend's tests ran nothing; their output:"
		detail "$out" 20
		return
	fi
	cat "$out.results"
}

# ---- fuzz ----

fuzz_smoke()
{
	local log=$WORK/fuzz-smoke.log rc=0
	# Bounded: the build and FUZZ_SECONDS of fuzzing, with room to spare.
	timeout $((FUZZ_SECONDS + 600)) "$MAKE" "${MAKE_ARGS[@]}" fuzz-smoke \
		"FUZZ_SECONDS=$FUZZ_SECONDS" > "$log" 2>&1 || rc=$?
	if [ $rc -eq 0 ]; then
		pass fuzz/smoke
		return
	fi
	fail fuzz/smoke "make fuzz-smoke: $(why_status $rc); full log in $log:"
	grep -E 'ERROR|SUMMARY|artifact|error:|undefined reference|\*\*\*' "$log" > "$log.errors" || tail -n 20 "$log" > "$log.errors"
	detail "$log.errors" 20
}

# ---- main ----

if $UPDATE; then
	suite_parser
	suite_sema
	suite_ir
	run_test stf suite_stf
else
	if wants build; then
		run_test build/release build_test release "$P4C"
	fi
	if wants unit; then
		suite_unit
	fi
	if wants parser; then
		suite_parser
	elif wants build; then
		run_test build/asan build_test asan "$P4C_ASAN"
	fi
	if wants sema; then
		suite_sema
	fi
	if wants ir; then
		suite_ir
	fi
	if wants loader; then
		run_test loader suite_loader
	fi
	if wants stf; then
		run_test stf suite_stf
	fi
	if wants fuzz && [ -f tests/fuzz/build.mk ]; then
		run_test fuzz/smoke fuzz_smoke
	fi
fi
summary
