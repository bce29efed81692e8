# ir/: lowering the typed AST into the IR, the passes over it, its dump and checks.
IR_SRCS := ir/ir_build.c ir/lower.c ir/lower_types.c ir/lower_expr.c ir/lower_control.c \
	ir/lower_parser.c ir/lower_table.c ir/layout.c ir/inline_parsers.c ir/passes.c ir/ir_dump.c ir/ir_verify.c
