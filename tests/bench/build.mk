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
