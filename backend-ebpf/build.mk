# backend-ebpf/: the eBPF backend (be.h maps its files) and the driver.
BACKEND_SRCS := backend-ebpf/emit.c backend-ebpf/be.c backend-ebpf/be_analyze.c \
	backend-ebpf/emit_types.c backend-ebpf/emit_expr.c backend-ebpf/emit_stmt.c \
	backend-ebpf/emit_parser.c backend-ebpf/emit_table.c backend-ebpf/emit_deparser.c \
	backend-ebpf/emit_prog.c backend-ebpf/emit_json.c backend-ebpf/clang.c
# json-c writes the control-plane description.
LDLIBS += -ljson-c
# Where an installed compiler finds runtime/bpf when nothing closer has it.
CFLAGS_COMMON += -DP4EBPF_RUNTIME_DIR='"$(PREFIX)/share/p4ebpf/runtime/bpf"'
