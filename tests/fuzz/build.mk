# tests/fuzz/: the parser fuzzer (libFuzzer, with ASan and UBSan), built with clang.
#
#   make fuzz        run until stopped, or for FUZZ_SECONDS (default 600; 0: no limit)
#   make fuzz-smoke  a short run (FUZZ_SECONDS, default 60); fails on any finding
#
# Seeds come from tests/parser (valid and invalid programs), p4lib and
# examples, as written and as cpp leaves them (with line markers), and from
# tests/bench/gen_p4 (a small generated program); new inputs accumulate in
# the corpus.
# Crashing inputs land in $(BUILD)/fuzz/artifacts/; `$(BUILD)/fuzz/fuzz_parser FILE`
# replays one. FUZZ_FLAGS adds libFuzzer options, e.g. FUZZ_FLAGS='-jobs=2
# -workers=2' or '-max_len=65536'. P4EBPF_FUZZ_ROUNDTRIP=1 in the environment
# also checks that every program pp_program prints parses back to the same AST.

FUZZ_DIR := $(BUILD)/fuzz
FUZZ_BIN := $(FUZZ_DIR)/fuzz_parser
FUZZ_SAN := -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_OBJS := $(patsubst %.c,$(FUZZ_DIR)/%.o,$(FRONTEND_SRCS) tests/fuzz/fuzz_parser.c) \
	$(patsubst $(BUILD)/gen/%.c,$(FUZZ_DIR)/gen/%.o,$(GEN_SRCS))
FUZZ_OPTS = -dict=tests/fuzz/p4.dict -timeout=10 -rss_limit_mb=2048 \
	-artifact_prefix=$(FUZZ_DIR)/artifacts/ -print_final_stats=1 $(FUZZ_FLAGS)

.PHONY: fuzz fuzz-smoke fuzz-build fuzz-corpus

fuzz-build: $(FUZZ_BIN)

$(FUZZ_BIN): $(FUZZ_OBJS)
	$(call msg,LINK,$@)
	$(Q)$(CLANG) $(FUZZ_SAN) -o $@ $^ $(LDLIBS)

$(FUZZ_DIR)/%.o: %.c $(GEN_HDRS)
	$(call msg,CLANG,$<)
	@mkdir -p $(@D)
	$(Q)$(CLANG) $(CFLAGS_COMMON) -O1 $(FUZZ_SAN) -MMD -MP -c -o $@ $<

$(FUZZ_DIR)/gen/%.o: $(BUILD)/gen/%.c $(GEN_HDRS)
	$(call msg,CLANG,$<)
	@mkdir -p $(@D)
	$(Q)$(CLANG) $(CFLAGS_COMMON) -O1 $(FUZZ_SAN) $(GEN_CFLAGS) -MMD -MP -c -o $@ $<

-include $(FUZZ_OBJS:.o=.d)

# Seeds: every P4 file we have, raw and preprocessed. Copies are named after
# their path so that files with the same name do not overwrite each other.
fuzz-corpus: $(BUILD)/bench/gen_p4
	$(call msg,CORPUS,$(FUZZ_DIR)/corpus)
	@mkdir -p $(FUZZ_DIR)/corpus $(FUZZ_DIR)/artifacts
	$(Q)$(BUILD)/bench/gen_p4 300 > $(FUZZ_DIR)/corpus/seed-generated.p4
	$(Q)for f in $$(find tests/parser p4lib examples -name '*.p4' 2>/dev/null | sort); do \
		seed=$(FUZZ_DIR)/corpus/seed-$$(echo "$$f" | tr / _); \
		cp "$$f" "$$seed"; \
		cpp -undef -nostdinc -x c -D__P4EBPF__=1 -Ip4lib "$$f" > "$$seed.i" 2>/dev/null \
			|| rm -f "$$seed.i"; \
	done

fuzz: $(FUZZ_BIN) fuzz-corpus
	$(call msg,FUZZ,$(FUZZ_BIN))
	$(Q)$(FUZZ_BIN) $(FUZZ_OPTS) -max_total_time=$(or $(FUZZ_SECONDS),600) $(FUZZ_DIR)/corpus

fuzz-smoke: $(FUZZ_BIN) fuzz-corpus
	$(call msg,FUZZ,$(FUZZ_BIN))
	$(Q)$(FUZZ_BIN) $(FUZZ_OPTS) -max_total_time=$(or $(FUZZ_SECONDS),60) $(FUZZ_DIR)/corpus
