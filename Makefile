# p4ebpf: a P4-to-eBPF toolchain.
#
#   make              build build/bin/p4c-ebpf
#   make deps         install the Debian packages the project needs
#   make test         run every test; ends with "N passed, N failed"
#   make test-update  regenerate golden files (review them as a diff)
#   make fuzz         build and run the parser fuzzer (FUZZ_SECONDS=60)
#   make bench        run the benchmarks in tests/bench
#   make install      install under $(DESTDIR)$(PREFIX); make uninstall removes it
#   make clean        remove $(BUILD)
#
# V=1 shows the commands; BUILD=DIR puts every output under DIR.

PREFIX ?= /usr/local
DESTDIR ?=
BUILD ?= build
CC ?= cc
CLANG ?= clang
BISON ?= bison
FLEX ?= flex
VERSION := 0.1.0

ifeq ($(V),1)
Q :=
msg = @true
else
Q := @
msg = @printf '  %-8s %s\n' $(1) $(2);
endif

CFLAGS_COMMON := -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -g \
	-DP4EBPF_VERSION='"$(VERSION)"' -DP4LIB_DIR='"$(PREFIX)/share/p4ebpf/p4lib"' \
	-I$(BUILD)/gen -Ifrontend
CFLAGS ?= -O2
SAN_FLAGS := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
# flex's and bison's output is not ours to fix.
GEN_CFLAGS := -Wno-sign-compare -Wno-unused-function -Wno-unused-parameter

# GMP: arbitrary-precision compile-time constants (frontend/consteval.c).
LDLIBS := -lgmp

include frontend/build.mk
include ir/build.mk
include backend-ebpf/build.mk

GEN_SRCS := $(BUILD)/gen/lexer.c $(BUILD)/gen/parser.c
GEN_HDRS := $(BUILD)/gen/lexer.h $(BUILD)/gen/parser.h
COMPILER_SRCS := $(FRONTEND_SRCS) $(IR_SRCS) $(BACKEND_SRCS) backend-ebpf/p4c-ebpf.c

# Each build flavour (release, asan) gets its own object tree.
objs = $(patsubst %.c,$(BUILD)/$(1)/%.o,$(COMPILER_SRCS)) \
	$(patsubst $(BUILD)/gen/%.c,$(BUILD)/$(1)/gen/%.o,$(GEN_SRCS))

# The driver's main() is left out, for test programs that link the compiler.
lib_objs = $(filter-out $(BUILD)/$(1)/backend-ebpf/p4c-ebpf.o,$(call objs,$(1)))

all: $(BUILD)/bin/p4c-ebpf
.PHONY: all deps test test-update fuzz bench install uninstall clean

$(BUILD)/gen/parser.c $(BUILD)/gen/parser.h &: $(FRONTEND_GRAMMAR)
	$(call msg,BISON,$<)
	@mkdir -p $(@D)
	$(Q)$(BISON) -Wall -Werror -o $(BUILD)/gen/parser.c --header=$(BUILD)/gen/parser.h $<

$(BUILD)/gen/lexer.c $(BUILD)/gen/lexer.h &: $(FRONTEND_LEXER) $(BUILD)/gen/parser.h
	$(call msg,FLEX,$<)
	@mkdir -p $(@D)
	$(Q)$(FLEX) -o $(BUILD)/gen/lexer.c --header-file=$(BUILD)/gen/lexer.h $<

# flavour name, compiler, extra flags
define flavour
$(BUILD)/$(1)/%.o: %.c $(GEN_HDRS)
	$$(call msg,CC,$$<)
	@mkdir -p $$(@D)
	$(Q)$(2) $(CFLAGS_COMMON) $(3) -MMD -MP -c -o $$@ $$<

$(BUILD)/$(1)/gen/%.o: $(BUILD)/gen/%.c $(GEN_HDRS)
	$$(call msg,CC,$$<)
	@mkdir -p $$(@D)
	$(Q)$(2) $(CFLAGS_COMMON) $(3) $(GEN_CFLAGS) -MMD -MP -c -o $$@ $$<

-include $(patsubst %.o,%.d,$(call objs,$(1)))
endef

$(eval $(call flavour,release,$(CC),$(CFLAGS)))
$(eval $(call flavour,asan,$(CC),-O1 -DP4EBPF_DEBUG $(SAN_FLAGS)))

# Each flavour's tree is shaped like an installed one (bin/, share/p4ebpf/p4lib),
# so its compiler finds p4lib wherever BUILD is.
$(BUILD)/share/p4ebpf/p4lib $(BUILD)/asan/share/p4ebpf/p4lib:
	@mkdir -p $(@D)
	$(Q)ln -sfn $(CURDIR)/p4lib $@

# ... and the runtime's BPF headers, which the compiler hands to clang.
$(BUILD)/share/p4ebpf/runtime/bpf $(BUILD)/asan/share/p4ebpf/runtime/bpf:
	@mkdir -p $(@D)
	$(Q)ln -sfn $(CURDIR)/runtime/bpf $@

$(BUILD)/bin/p4c-ebpf: $(call objs,release) | $(BUILD)/share/p4ebpf/p4lib $(BUILD)/share/p4ebpf/runtime/bpf
	$(call msg,LINK,$@)
	@mkdir -p $(@D)
	$(Q)$(CC) $(CFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/asan/bin/p4c-ebpf: $(call objs,asan) | $(BUILD)/asan/share/p4ebpf/p4lib $(BUILD)/asan/share/p4ebpf/runtime/bpf
	$(call msg,LINK,$@)
	@mkdir -p $(@D)
	$(Q)$(CC) $(SAN_FLAGS) -o $@ $^ $(LDLIBS)

include tests/build.mk
-include loader/build.mk

deps:
	$(Q)bash tests/install-deps.sh

# install: everything goes into a staging tree first; then each file is copied
# next to its destination as NAME.new, and only once every copy succeeded are
# they renamed into place. A failure (no space, no permission) leaves the old
# installation as it was and no NAME.new behind.
STAGE := $(BUILD)/stage
INSTALL_ROOT = $(abspath $(DESTDIR)$(PREFIX))
INSTALLED := bin/p4c-ebpf bin/nfctl share/p4ebpf lib/pkgconfig/p4ebpf.pc

install: $(BUILD)/bin/p4c-ebpf $(BUILD)/bin/nfctl p4ebpf.pc.in share/p4ebpf.mk
	$(call msg,INSTALL,$(INSTALL_ROOT))
	$(Q)rm -rf $(STAGE) && mkdir -p $(STAGE)/bin $(STAGE)/share/p4ebpf/p4lib \
		$(STAGE)/share/p4ebpf/runtime/bpf $(STAGE)/lib/pkgconfig
	$(Q)install -m 755 $(BUILD)/bin/p4c-ebpf $(BUILD)/bin/nfctl $(STAGE)/bin/
	$(Q)install -m 644 p4lib/*.p4 $(STAGE)/share/p4ebpf/p4lib/
	$(Q)install -m 644 runtime/bpf/*.h $(STAGE)/share/p4ebpf/runtime/bpf/
	$(Q)install -m 644 share/p4ebpf.mk $(STAGE)/share/p4ebpf/
	$(Q)sed -e 's|@PREFIX@|$(PREFIX)|g' -e 's|@VERSION@|$(VERSION)|g' p4ebpf.pc.in \
		> $(STAGE)/lib/pkgconfig/p4ebpf.pc
	$(Q)set -e; cd $(STAGE); files=$$(find . -type f | sort); \
	trap 'for f in $$files; do rm -f "$(INSTALL_ROOT)/$$f.new"; done' EXIT; \
	for f in $$files; do install -D -m "$$(stat -c %a "$$f")" "$$f" "$(INSTALL_ROOT)/$$f.new"; done; \
	for f in $$files; do mv -f "$(INSTALL_ROOT)/$$f.new" "$(INSTALL_ROOT)/$$f"; done

uninstall:
	$(call msg,UNINST,$(INSTALL_ROOT))
	$(Q)rm -rf $(addprefix $(INSTALL_ROOT)/,$(INSTALLED))

clean:
	$(call msg,RM,$(BUILD))
	$(Q)rm -rf $(BUILD)

# `make print-VAR` shows a variable; the test harness reads UNIT_TESTS this way.
print-%:
	@echo '$($*)'
