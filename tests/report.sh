# SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
# tests/report.sh: counted results for the suite scripts that also run on
# their own (tests/backend/run.sh, tests/loader/run.sh, tests/stf/run.sh,
# tests/stf/install.sh).
# Each prints "PASS name", "FAIL name" (details indented by four spaces) or
# "SKIP name (why)" per test and `summary` last; tests/run-tests.sh reads
# those lines (a SKIP fails there when CI=true).
passed=0 failed=0 skipped=0
pass() { echo "PASS $1"; passed=$((passed + 1)); }
fail() {
	echo "FAIL $1"
	shift
	[ $# -gt 0 ] && printf '    %s\n' "$@"
	failed=$((failed + 1))
}
skip() { echo "SKIP $1${2:+ ($2)}"; skipped=$((skipped + 1)); }
summary() { echo "$passed passed, $failed failed, $skipped skipped"; }
