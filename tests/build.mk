# tests/: the harness and the suites' own fragments.
#
#   make test         build everything and run every suite (tests/run-tests.sh);
#                     the last line is "N passed, N failed[, N skipped]"
#   make test TESTS='parser unit'   only some suites (build, unit, parser, fuzz)
#   make test-update  rewrite tests/parser/invalid/*.err from the compiler's output
#
# Each suite directory may bring a fragment; they are optional so that the build
# works before they exist: tests/unit (target unit-tests, UNIT_TESTS), tests/fuzz
# (fuzz, fuzz-smoke), tests/bench (bench).

-include tests/unit/build.mk
-include tests/fuzz/build.mk
-include tests/bench/build.mk

# What the harness needs from make; it asks make to build, so that the builds
# are counted as tests and a broken one does not hide the other suites.
TEST_ENV = MAKE='$(MAKE)' BUILD='$(BUILD)' TESTS='$(TESTS)' FUZZ_SECONDS='$(FUZZ_SECONDS)'

test:
	+@$(TEST_ENV) bash tests/run-tests.sh

test-update:
	+@$(TEST_ENV) bash tests/run-tests.sh --update

ifeq ($(wildcard tests/fuzz/build.mk),)
fuzz fuzz-smoke:
	@echo 'make $@: tests/fuzz/build.mk is not there yet'
endif
ifeq ($(wildcard tests/bench/build.mk),)
bench:
	@echo 'make $@: tests/bench/build.mk is not there yet'
endif
