# tests/bench/: the parser benchmark, built with the release flags.
#
#   make bench   generate a P4 program of BENCH_LINES lines (default 50000) and
#                report parse speed (median of BENCH_RUNS runs, default 7)
#                against lexing alone, and peak RSS

BENCH_DIR := $(BUILD)/bench
BENCH_LINES ?= 50000
BENCH_RUNS ?= 7
BENCH_GEN := $(BENCH_DIR)/gen_p4
BENCH_PARSE := $(BENCH_DIR)/parse_bench
BENCH_LIB_OBJS := $(patsubst %.c,$(BUILD)/release/%.o,$(FRONTEND_SRCS)) \
	$(patsubst $(BUILD)/gen/%.c,$(BUILD)/release/gen/%.o,$(GEN_SRCS))

.PHONY: bench

# The objects come from the release flavour's pattern rules.
$(BENCH_GEN): $(BUILD)/release/tests/bench/gen_p4.o
	$(call msg,LINK,$@)
	@mkdir -p $(@D)
	$(Q)$(CC) $(CFLAGS) -o $@ $^ $(LDLIBS)

$(BENCH_PARSE): $(BUILD)/release/tests/bench/parse_bench.o $(BENCH_LIB_OBJS)
	$(call msg,LINK,$@)
	@mkdir -p $(@D)
	$(Q)$(CC) $(CFLAGS) -o $@ $^ $(LDLIBS)

-include $(BUILD)/release/tests/bench/gen_p4.d $(BUILD)/release/tests/bench/parse_bench.d

$(BENCH_DIR)/bench-$(BENCH_LINES).p4: $(BENCH_GEN)
	$(call msg,GEN,$@)
	$(Q)$(BENCH_GEN) $(BENCH_LINES) > $@.tmp && mv $@.tmp $@

bench: $(BENCH_PARSE) $(BENCH_DIR)/bench-$(BENCH_LINES).p4
	$(call msg,BENCH,$(BENCH_DIR)/bench-$(BENCH_LINES).p4)
	$(Q)$(BENCH_PARSE) $(BENCH_DIR)/bench-$(BENCH_LINES).p4 $(BENCH_RUNS)

# make bench-check   generate a program of BENCH_LINES lines that type-checks
#                    cleanly (gen_check) and report parse + sema_check speed
#                    against parsing alone, peak RSS and arena size; `make bench`
#                    runs it too. check_bench fails if the program has errors.
BENCH_GEN_CHECK := $(BENCH_DIR)/gen_check
BENCH_CHECK := $(BENCH_DIR)/check_bench

.PHONY: bench-check
bench: bench-check

$(BENCH_GEN_CHECK): $(BUILD)/release/tests/bench/gen_check.o
	$(call msg,LINK,$@)
	@mkdir -p $(@D)
	$(Q)$(CC) $(CFLAGS) -o $@ $^ $(LDLIBS)

$(BENCH_CHECK): $(BUILD)/release/tests/bench/check_bench.o $(BENCH_LIB_OBJS)
	$(call msg,LINK,$@)
	@mkdir -p $(@D)
	$(Q)$(CC) $(CFLAGS) -o $@ $^ $(LDLIBS)

-include $(BUILD)/release/tests/bench/gen_check.d $(BUILD)/release/tests/bench/check_bench.d

$(BENCH_DIR)/check-$(BENCH_LINES).p4: $(BENCH_GEN_CHECK)
	$(call msg,GEN,$@)
	$(Q)$(BENCH_GEN_CHECK) $(BENCH_LINES) > $@.tmp && mv $@.tmp $@

bench-check: $(BENCH_CHECK) $(BENCH_DIR)/check-$(BENCH_LINES).p4
	$(call msg,BENCH,$(BENCH_DIR)/check-$(BENCH_LINES).p4)
	$(Q)$(BENCH_CHECK) $(BENCH_DIR)/check-$(BENCH_LINES).p4 $(BENCH_RUNS)

# make bench-compile   compile time of each example (tests/bench/compile_bench.sh):
#                      the preprocessor, P4 to C, P4 to a BPF object, medians of
#                      RUNS runs (default 21), and the preprocessor's and clang's
#                      shares; `make bench` runs it too.
BENCH_COMPILE := $(BENCH_DIR)/compile_bench

.PHONY: bench-compile
bench: bench-compile

$(BENCH_COMPILE): $(BUILD)/release/tests/bench/compile_bench.o $(BENCH_LIB_OBJS)
	$(call msg,LINK,$@)
	@mkdir -p $(@D)
	$(Q)$(CC) $(CFLAGS) -o $@ $^ $(LDLIBS)

-include $(BUILD)/release/tests/bench/compile_bench.d

bench-compile: $(BENCH_COMPILE) $(BUILD)/bin/p4c-ebpf
	$(call msg,BENCH,compile_bench.sh)
	$(Q)BUILD=$(BUILD) tests/bench/compile_bench.sh
