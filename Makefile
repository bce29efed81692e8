# p4ebpf: a P4-to-eBPF toolchain.
#
#   make              build build/bin/p4c-ebpf
#   make deps         install the Debian packages the project needs
#   make test         run every test; ends with "N passed, N failed"
#   make test-update  regenerate golden files (review them as a diff)
#   make fuzz         build and run the parser fuzzer (FUZZ_SECONDS=60)
#   make bench        run the benchmarks in tests/bench
#   make install      install under $(DESTDIR)$(PREFIX)
#
# V=1 shows the commands.

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

include frontend/build.mk

GEN_SRCS := $(BUILD)/gen/lexer.c $(BUILD)/gen/parser.c
GEN_HDRS := $(BUILD)/gen/lexer.h $(BUILD)/gen/parser.h
COMPILER_SRCS := $(FRONTEND_SRCS) backend-ebpf/p4c-ebpf.c

# Each build flavour (release, asan) gets its own object tree.
objs = $(patsubst %.c,$(BUILD)/$(1)/%.o,$(COMPILER_SRCS)) \
	$(patsubst $(BUILD)/gen/%.c,$(BUILD)/$(1)/gen/%.o,$(GEN_SRCS))

all: $(BUILD)/bin/p4c-ebpf
.PHONY: all deps test test-update fuzz bench install uninstall clean

$(BUILD)/gen/parser.c $(BUILD)/gen/parser.h: $(FRONTEND_GRAMMAR)
	$(call msg,BISON,$<)
	@mkdir -p $(@D)
	$(Q)$(BISON) -Wall -Werror -o $(BUILD)/gen/parser.c --header=$(BUILD)/gen/parser.h $<

$(BUILD)/gen/lexer.c $(BUILD)/gen/lexer.h: $(FRONTEND_LEXER) $(BUILD)/gen/parser.h
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
$(eval $(call flavour,asan,$(CC),-O1 $(SAN_FLAGS)))

$(BUILD)/bin/p4c-ebpf: $(call objs,release)
	$(call msg,LINK,$@)
	@mkdir -p $(@D)
	$(Q)$(CC) $(CFLAGS) -o $@ $^

$(BUILD)/asan/bin/p4c-ebpf: $(call objs,asan)
	$(call msg,LINK,$@)
	@mkdir -p $(@D)
	$(Q)$(CC) $(SAN_FLAGS) -o $@ $^

include tests/build.mk

deps:
	@./tests/install-deps.sh

install: $(BUILD)/bin/p4c-ebpf
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/p4ebpf/p4lib
	install -m 755 $(BUILD)/bin/p4c-ebpf $(DESTDIR)$(PREFIX)/bin/p4c-ebpf
	install -m 644 p4lib/*.p4 $(DESTDIR)$(PREFIX)/share/p4ebpf/p4lib/

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/p4c-ebpf
	rm -rf $(DESTDIR)$(PREFIX)/share/p4ebpf

clean:
	rm -rf $(BUILD)
