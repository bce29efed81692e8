# tests/unit/: cmocka unit tests of the frontend's pieces, built with ASan and UBSan.
#
#   make unit-tests   build $(UNIT_TESTS); tests/run-tests.sh runs each of them
#
# A test is tests/unit/test_NAME.c with its own main(); it links the asan
# flavour's frontend objects.

UNIT_DIR := $(BUILD)/asan/tests/unit
UNIT_TESTS := $(patsubst tests/unit/%.c,$(UNIT_DIR)/%,$(sort $(wildcard tests/unit/test_*.c)))
CMOCKA_CFLAGS := $(shell pkg-config --cflags cmocka 2>/dev/null)
CMOCKA_LIBS := $(or $(shell pkg-config --libs cmocka 2>/dev/null),-lcmocka)
UNIT_LIB_OBJS := $(patsubst %.c,$(BUILD)/asan/%.o,$(FRONTEND_SRCS)) \
	$(patsubst $(BUILD)/gen/%.c,$(BUILD)/asan/gen/%.o,$(GEN_SRCS))

.PHONY: unit-tests

unit-tests: $(UNIT_TESTS)

# More specific than the asan flavour's pattern rule, so it wins for these.
$(UNIT_DIR)/%.o: tests/unit/%.c $(GEN_HDRS)
	$(call msg,CC,$<)
	@mkdir -p $(@D)
	$(Q)$(CC) $(CFLAGS_COMMON) -O1 $(SAN_FLAGS) $(CMOCKA_CFLAGS) -MMD -MP -c -o $@ $<

$(UNIT_TESTS): %: %.o $(UNIT_LIB_OBJS)
	$(call msg,LINK,$@)
	$(Q)$(CC) $(SAN_FLAGS) -o $@ $^ $(CMOCKA_LIBS) $(LDLIBS)

-include $(UNIT_TESTS:=.d)
