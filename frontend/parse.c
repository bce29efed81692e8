/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* parse.c: runs the lexer and the parser over one preprocessed buffer. */
#include <string.h>

#include "frontend.h"
#include "parse.h"
#include "parser.h"
#define YYSTYPE P4YYSTYPE
#define YYLTYPE P4YYLTYPE
#include "lexer.h"

Node *parse_buffer(Arena *arena, Diag *diag, const char *name, const char *text, size_t len)
{
	ParseContext ctx = {
		.arena = arena,
		.diag = diag,
		.line = 1,
		.col = 1,
	};
	ctx.file = symtab_intern(&ctx, name, strlen(name));
	if (p4yylex_init_extra(&ctx, (yyscan_t *)&ctx.scanner) != 0)
		BUG("cannot create the lexer");
	YY_BUFFER_STATE buffer = p4yy_scan_bytes(text, (int)len, ctx.scanner);
	p4yyparse(&ctx);
	p4yy_delete_buffer(buffer, ctx.scanner);
	p4yylex_destroy(ctx.scanner);
	symtab_free(&ctx);
	if (!ctx.program) /* the parser gave up before reducing the program */
		ctx.program = node_new(arena, N_PROGRAM, (Loc){ctx.file, 1, 1});
	return ctx.program;
}
