# frontend/: cpp, lexer, parser, AST and diagnostics.
FRONTEND_SRCS := frontend/arena.c frontend/strbuf.c frontend/diag.c frontend/ast.c \
	frontend/symtab.c frontend/cpp.c frontend/parse.c frontend/pp.c frontend/dump.c \
	frontend/summary.c frontend/consteval.c
FRONTEND_LEXER := frontend/lexer.l
FRONTEND_GRAMMAR := frontend/parser.y
