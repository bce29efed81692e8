# frontend/: cpp, lexer, parser, AST and diagnostics. The compiler runs mcpp
# (Debian's package mcpp, see tests/install-deps.sh) as its C preprocessor;
# nothing links it.
FRONTEND_SRCS := frontend/arena.c frontend/strbuf.c frontend/diag.c frontend/ast.c \
	frontend/symtab.c frontend/cpp.c frontend/datadir.c frontend/parse.c frontend/pp.c frontend/dump.c \
	frontend/summary.c frontend/consteval.c \
	frontend/types.c frontend/scope.c frontend/sema.c frontend/sema_types.c \
	frontend/sema_decl.c frontend/sema_parser.c frontend/sema_table.c frontend/sema_stmt.c \
	frontend/sema_expr.c frontend/sema_call.c frontend/sema_generic.c frontend/sema_const.c \
	frontend/sema_annot.c
FRONTEND_LEXER := frontend/lexer.l
FRONTEND_GRAMMAR := frontend/parser.y
