# tests/fuzz/: libFuzzer targets (with ASan and UBSan), built with clang:
# fuzz_parser for the lexer, the parser and the AST printers, fuzz_control
# for the control plane's text (descriptions, STF files, entries).
#
#   make fuzz        run until stopped, or for FUZZ_SECONDS (default 600; 0: no limit)
#   make fuzz-smoke  a short run (FUZZ_SECONDS, default 60, of which a quarter
#                    for fuzz_control); fails on any finding
#   make fuzz-control  fuzz_control alone, for FUZZ_SECONDS (default 600)
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

.PHONY: fuzz fuzz-smoke fuzz-build fuzz-corpus fuzz-control

fuzz-build: $(FUZZ_BIN) $(FUZZ_CONTROL_BIN)

# fuzz_control: libp4ebpf (runtime/*.c), the STF reader and the helpers it
# uses (loader/common.c), the same sanitizers.
FUZZ_CONTROL_BIN := $(FUZZ_DIR)/fuzz_control
FUZZ_CONTROL_OBJS := $(patsubst %.c,$(FUZZ_DIR)/control/%.o,$(sort $(wildcard runtime/*.c)) loader/stf.c loader/common.c \
	tests/fuzz/fuzz_control.c)
FUZZ_CONTROL_OPTS = -timeout=10 -rss_limit_mb=2048 -artifact_prefix=$(FUZZ_DIR)/artifacts/ \
	-print_final_stats=1 $(FUZZ_FLAGS)

$(FUZZ_DIR)/control/%.o: %.c
	$(call msg,CLANG,$<)
	@mkdir -p $(@D)
	$(Q)$(CLANG) $(NFCTL_CFLAGS) -O1 $(FUZZ_SAN) -MMD -MP -c -o $@ $<

-include $(FUZZ_CONTROL_OBJS:.o=.d)

$(FUZZ_CONTROL_BIN): $(FUZZ_CONTROL_OBJS)
	$(call msg,LINK,$@)
	$(Q)$(CLANG) $(FUZZ_SAN) -o $@ $^ $(NFCTL_LIBS)

# Its seeds: the descriptions and STF files we have, and entries in the
# syntax of runtime/ABI.md 5, each behind the byte that selects its kind.
fuzz-control-corpus:
	@mkdir -p $(FUZZ_DIR)/control-corpus $(FUZZ_DIR)/artifacts
	$(Q)for f in $$(find tests/loader tests/stf -name '*.json' -o -name '*.stf' | sort); do \
		case $$f in *.json) k='\000' ;; *) k='\001' ;; esac; \
		{ printf "$$k"; cat "$$f"; } > $(FUZZ_DIR)/control-corpus/seed-$$(echo "$$f" | tr / _); \
	done
	$(Q)printf '\002e 0a:00:27:00:00:01 fe80::1 5 action c.a\nl port=0x123 10.1.0.0/16 action c.a()\nt priority 3 0x0a****01 src=10.0.0.0/8 * action c.a\nr priority 9 1000..1999 3->9 0..0xffffffffffffffffffffffffffffffff action c.a\nr priority 1 0x0400/6 * 5 action c.a\n' \
		> $(FUZZ_DIR)/control-corpus/seed-entries
	$(Q)printf '\0030x06,0x40&&&0xc0' > $(FUZZ_DIR)/control-corpus/seed-value-set

fuzz-control: $(FUZZ_CONTROL_BIN) fuzz-control-corpus
	$(call msg,FUZZ,$(FUZZ_CONTROL_BIN))
	$(Q)$(FUZZ_CONTROL_BIN) $(FUZZ_CONTROL_OPTS) -max_total_time=$(or $(FUZZ_SECONDS),600) \
		$(FUZZ_DIR)/control-corpus

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

FUZZ_SMOKE_SECONDS = $(or $(FUZZ_SECONDS),60)

fuzz-smoke: $(FUZZ_BIN) fuzz-corpus $(FUZZ_CONTROL_BIN) fuzz-control-corpus
	$(call msg,FUZZ,$(FUZZ_BIN))
	$(Q)$(FUZZ_BIN) $(FUZZ_OPTS) -max_total_time=$$(( $(FUZZ_SMOKE_SECONDS) * 3 / 4 )) \
		$(FUZZ_DIR)/corpus
	$(call msg,FUZZ,$(FUZZ_CONTROL_BIN))
	$(Q)$(FUZZ_CONTROL_BIN) $(FUZZ_CONTROL_OPTS) \
		-max_total_time=$$(( $(FUZZ_SMOKE_SECONDS) - $(FUZZ_SMOKE_SECONDS) * 3 / 4 )) \
		$(FUZZ_DIR)/control-corpus
