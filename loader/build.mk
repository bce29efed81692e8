# loader/build.mk: nfctl and libp4ebpf (runtime/), included by the top-level
# Makefile with `-include loader/build.mk`.
#
#   make                   also builds $(BUILD)/bin/nfctl
#   make nfctl             $(BUILD)/bin/nfctl
#   make nfctl-asan        $(BUILD)/asan/bin/nfctl (ASan + UBSan)
#   make libp4ebpf         $(BUILD)/lib/libp4ebpf.a
#   make loader-test       tests/loader/run.sh against $(BUILD)/bin/nfctl (needs root);
#                          NFCTL_FLAVOUR=asan: against the sanitized nfctl and unit test
#
# Objects go to $(BUILD)/nfctl/ and $(BUILD)/nfctl-asan/, apart from the
# compiler's trees, and need none of its generated headers.

LIBP4EBPF_SRCS := runtime/nfdesc.c runtime/encode.c runtime/tables.c runtime/range.c runtime/value_set.c
NFCTL_SRCS := loader/main.c loader/common.c loader/prog.c loader/table.c loader/counter.c \
	loader/register.c loader/value_set.c loader/stf.c loader/test.c loader/netdev.c $(LIBP4EBPF_SRCS)
NFCTL_LIBS := -lbpf -lelf -lz -ljson-c -lpcap
NFCTL_CFLAGS := -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -g \
	-DP4EBPF_VERSION='"$(VERSION)"' -Iruntime
# BPF programs that include runtime/bpf (tests/loader builds its own with run.sh).
BPF_CFLAGS := -O2 -g -target bpf -I/usr/include/$(shell $(CC) -dumpmachine 2>/dev/null) \
	-Iruntime/bpf -Wall -Werror

NFCTL_OBJS := $(patsubst %.c,$(BUILD)/nfctl/%.o,$(NFCTL_SRCS))
NFCTL_ASAN_OBJS := $(patsubst %.c,$(BUILD)/nfctl-asan/%.o,$(NFCTL_SRCS))
LIBP4EBPF_OBJS := $(patsubst %.c,$(BUILD)/nfctl/%.o,$(LIBP4EBPF_SRCS))
LOADER_TESTS := $(BUILD)/tests/loader/test_encode $(BUILD)/asan/tests/loader/test_encode

all: $(BUILD)/bin/nfctl
.PHONY: nfctl nfctl-asan libp4ebpf loader-test
nfctl: $(BUILD)/bin/nfctl
nfctl-asan: $(BUILD)/asan/bin/nfctl
libp4ebpf: $(BUILD)/lib/libp4ebpf.a

$(BUILD)/nfctl/%.o: %.c
	$(call msg,CC,$<)
	@mkdir -p $(@D)
	$(Q)$(CC) $(NFCTL_CFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/nfctl-asan/%.o: %.c
	$(call msg,CC,$<)
	@mkdir -p $(@D)
	$(Q)$(CC) $(NFCTL_CFLAGS) -O1 $(SAN_FLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/bin/nfctl: $(NFCTL_OBJS)
	$(call msg,LINK,$@)
	@mkdir -p $(@D)
	$(Q)$(CC) $(CFLAGS) -o $@ $^ $(NFCTL_LIBS)

$(BUILD)/asan/bin/nfctl: $(NFCTL_ASAN_OBJS)
	$(call msg,LINK,$@)
	@mkdir -p $(@D)
	$(Q)$(CC) $(SAN_FLAGS) -o $@ $^ $(NFCTL_LIBS)

$(BUILD)/lib/libp4ebpf.a: $(LIBP4EBPF_OBJS)
	$(call msg,AR,$@)
	@mkdir -p $(@D)
	$(Q)$(AR) rcs $@ $^

$(BUILD)/tests/loader/test_encode: tests/loader/test_encode.c $(BUILD)/lib/libp4ebpf.a
	$(call msg,CC,$<)
	@mkdir -p $(@D)
	$(Q)$(CC) $(NFCTL_CFLAGS) $(CFLAGS) -o $@ $< $(BUILD)/lib/libp4ebpf.a -lcmocka $(NFCTL_LIBS)

# The unit test under ASan and UBSan, against the library's sanitized objects.
$(BUILD)/asan/tests/loader/test_encode: tests/loader/test_encode.c \
		$(patsubst %.c,$(BUILD)/nfctl-asan/%.o,$(LIBP4EBPF_SRCS))
	$(call msg,CC,$<)
	@mkdir -p $(@D)
	$(Q)$(CC) $(NFCTL_CFLAGS) -O1 $(SAN_FLAGS) -o $@ $^ -lcmocka $(NFCTL_LIBS)

# The harness's unit suite (tests/unit/build.mk) runs the sanitized one too.
UNIT_TESTS += $(BUILD)/asan/tests/loader/test_encode
unit-tests: $(BUILD)/asan/tests/loader/test_encode

# NFCTL_FLAVOUR=asan runs the suite against the sanitized nfctl.
NFCTL_FLAVOUR ?= release
NFCTL_BIN = $(if $(filter asan,$(NFCTL_FLAVOUR)),$(BUILD)/asan/bin/nfctl,$(BUILD)/bin/nfctl)
NFCTL_TEST_ENCODE = $(if $(filter asan,$(NFCTL_FLAVOUR)),$(BUILD)/asan/tests/loader/test_encode,$(BUILD)/tests/loader/test_encode)

loader-test: $(NFCTL_BIN) $(NFCTL_TEST_ENCODE)
	$(Q)NFCTL=$(NFCTL_BIN) TEST_ENCODE=$(NFCTL_TEST_ENCODE) CLANG='$(CLANG)' \
		ASAN_OPTIONS=detect_leaks=1:exitcode=86 UBSAN_OPTIONS=halt_on_error=1:exitcode=86 \
		bash tests/loader/run.sh

-include $(NFCTL_OBJS:.o=.d) $(NFCTL_ASAN_OBJS:.o=.d)
