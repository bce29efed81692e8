/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* parser.y: the P4-16 grammar of the specification (p4-16/spec/grammar.adoc),
 * production by production, building the AST of ast.h.
 *
 * Names that denote types are declared to symtab.c as soon as they are read,
 * and type parameters live in a scope that ends with their declaration, so
 * the lexer can tell TYPE_IDENTIFIER from IDENTIFIER as the grammar needs. */
%define api.pure full
%define api.prefix {p4yy}
%define api.location.type {Loc}
%define parse.error custom
%define parse.lac full
%locations
%param {ParseContext *ctx}
%expect 0

%code requires {
#include "parse.h"
/* An integer literal token: its text and its decoded parts. */
typedef struct IntegerToken {
	const char *text;
	IntLiteral lit;
} IntegerToken;
}

%code provides {
int lex_token(P4YYSTYPE *val, P4YYLTYPE *loc, void *scanner);
}

%code {
#include <string.h>

#define YYLLOC_DEFAULT(Cur, Rhs, N) ((Cur) = (N) ? YYRHSLOC(Rhs, 1) : YYRHSLOC(Rhs, 0))
#define NEW(kind, loc) node_new(ctx->arena, (kind), (loc))

static int p4yylex(P4YYSTYPE *val, P4YYLTYPE *loc, ParseContext *ctx)
{
	if (diag_too_many(ctx->diag))
		return 0; /* end of input: stop after too many errors */
	return lex_token(val, loc, ctx->scanner);
}

/* Bison calls this only when its stack overflows: a program nested too deeply. */
static void p4yyerror(Loc *loc, ParseContext *ctx, const char *msg)
{
	(void)msg; /* bison's "memory exhausted" says less than this */
	diag_error(ctx->diag, *loc, "the program is nested too deeply");
}

static NodeList one(Node *node)
{
	return (NodeList){node, node};
}

static NodeList add(NodeList list, Node *node)
{
	nodelist_add(&list, node);
	return list;
}

static Node *int_literal(ParseContext *ctx, IntegerToken tok, Loc loc)
{
	Node *n = NEW(N_INT_LIT, loc);
	n->text = tok.text;
	n->lit = tok.lit;
	return n;
}

/* Left-nested chains (a+b+c..., a.b.c..., f()()...) do not grow bison's
 * stack, so their depth is bounded here: every later stage recurses on it. */
enum { MAX_EXPRESSION_DEPTH = 2000 };

static void deepen(ParseContext *ctx, Node *n, const Node *child)
{
	if (!child || child->depth < n->depth)
		return;
	n->depth = child->depth + 1;
	if (n->depth == MAX_EXPRESSION_DEPTH)
		diag_error(ctx->diag, n->loc, "expression nested too deeply (more than %d levels)",
			   MAX_EXPRESSION_DEPTH - 1);
}

/* `a + f<T>(x)`: when bison sees the `<` it has already reduced `a + f`
 * (as it must for `a + b < c`), so the type arguments arrive with the whole
 * expression as their callee. A generic call of a sum means nothing: the
 * call belongs to the rightmost operand. It is moved there and the result
 * marked unclosed: operators read later (`a + f<T>(x) * 2`) are placed by
 * precedence along its right edge, postfix ones on its last operand, until
 * parentheses close it. */

/* The slot of the first node along the right edge of *slot whose operator
 * binds at least as tightly as `below`; *steps counts the nodes passed. */
static Node **right_edge(Node **slot, int below, int *steps)
{
	for (;; ++*steps) {
		Node *n = *slot;
		if (n->kind == N_BINARY && (int)op_precedence(n->op) < below)
			slot = &n->rhs;
		else if (n->kind == N_TERNARY && PREC_TERNARY < below)
			slot = &n->els;
		else if ((n->kind == N_UNARY || n->kind == N_CAST) && PREC_PREFIX < below)
			slot = &n->expr;
		else
			return slot;
	}
}

/* `root` got `inner` (of its own depth) `steps` levels below it. */
static void deepen_by(ParseContext *ctx, Node *root, const Node *inner, int steps)
{
	Node probe = {.depth = inner->depth + steps - 1};
	deepen(ctx, root, &probe);
}

/* Applies the postfix operator `n` (a member, index, slice or call whose
 * operand is not set yet) to `base`, or to its last operand when `base` is
 * unclosed or `to_last` is set. Returns the whole expression. */
static Node *attach(ParseContext *ctx, Node *base, Node *n, bool to_last)
{
	int steps = 0;
	bool descend = (to_last || base->unclosed) && base->depth < MAX_EXPRESSION_DEPTH;
	Node **slot = descend ? right_edge(&base, PREC_POSTFIX, &steps) : &base;
	n->expr = *slot;
	deepen(ctx, n, *slot);
	if (slot == &base)
		return n;
	*slot = n;
	base->unclosed = true;
	deepen_by(ctx, base, n, steps);
	return base;
}

static Node *postfix(ParseContext *ctx, NodeKind kind, Node *base, Loc loc, Node *index)
{
	Node *n = NEW(kind, loc);
	n->index = index;
	deepen(ctx, n, index);
	return attach(ctx, base, n, false);
}

static Node *unary(ParseContext *ctx, Operator op, Node *operand, Loc loc)
{
	Node *n = NEW(N_UNARY, loc);
	n->op = op;
	n->expr = operand;
	deepen(ctx, n, operand);
	return n;
}

static Node *binary(ParseContext *ctx, Operator op, Node *lhs, Node *rhs, Loc loc)
{
	if (lhs->unclosed && lhs->depth < MAX_EXPRESSION_DEPTH) {
		int steps = 0;
		Node **slot = right_edge(&lhs, (int)op_precedence(op), &steps);
		if (slot != &lhs) {
			*slot = binary(ctx, op, *slot, rhs, loc);
			deepen_by(ctx, lhs, *slot, steps);
			return lhs;
		}
		lhs->unclosed = false; /* the new operator takes all of it */
	}
	Node *n = NEW(N_BINARY, loc);
	n->op = op;
	n->lhs = lhs;
	n->rhs = rhs;
	deepen(ctx, n, lhs);
	deepen(ctx, n, rhs);
	return n;
}

static Node *member(ParseContext *ctx, Node *base, const char *name, Loc loc, Loc name_loc)
{
	Node *n = NEW(N_MEMBER, loc);
	n->name = name;
	n->name_loc = name_loc;
	return attach(ctx, base, n, false);
}

static Node *call(ParseContext *ctx, Node *callee, Node *type_args, Node *args, Loc loc)
{
	Node *n = NEW(N_CALL, loc);
	n->type_args = type_args;
	n->args = args;
	return attach(ctx, callee, n, type_args != NULL);
}

static Node *assign(ParseContext *ctx, Operator op, Node *lhs, Node *rhs, Loc loc)
{
	Node *n = NEW(N_ASSIGN, loc);
	n->op = op;
	n->lhs = lhs;
	n->rhs = rhs;
	return n;
}

static Node *token_node(ParseContext *ctx, const char *text, Loc loc)
{
	Node *n = NEW(N_ANNOTATION_TOKEN, loc);
	n->text = text;
	return n;
}

/* A declaration with a name, type parameters and parameters. */
static Node *signature(ParseContext *ctx, NodeKind kind, Node *annotations, const char *name,
		       Node *type_params, Node *params, Loc loc)
{
	Node *n = NEW(kind, loc);
	n->annotations = annotations;
	n->name = name;
	n->type_params = type_params;
	n->params = params;
	return n;
}

static Node *type_name(ParseContext *ctx, const char *name, bool is_global, Loc loc)
{
	Node *n = NEW(N_TYPE_NAME, loc);
	n->name = name;
	n->is_global = is_global;
	return n;
}

static Node *sized_type(ParseContext *ctx, NodeKind kind, Node *width, Loc loc)
{
	Node *n = NEW(kind, loc);
	n->width = width;
	return n;
}

static Node *var_decl(ParseContext *ctx, NodeKind kind, Node *annotations, Node *type,
		      const char *name, Node *init, Loc loc)
{
	Node *n = NEW(kind, loc);
	n->annotations = annotations;
	n->type = type;
	n->name = name;
	n->init = init;
	return n;
}
}

%union {
	const char *text;
	IntegerToken integer;
	Node *node;
	NodeList list;
	int num;
}

/* Keywords. */
%token <text> ABSTRACT "abstract" ACTION "action" ACTIONS "actions" APPLY "apply" BOOL "bool"
%token <text> BIT "bit" BREAK "break" CONST "const" CONTINUE "continue" CONTROL "control"
%token <text> DEFAULT "default" ELSE "else" ENTRIES "entries" ENUM "enum" ERROR "error"
%token <text> EXIT "exit" EXTERN "extern" FALSE "false" FOR "for" HEADER "header"
%token <text> HEADER_UNION "header_union" IF "if" IN "in" INOUT "inout" INT "int" KEY "key"
%token <text> LIST "list" MATCH_KIND "match_kind" OUT "out" PACKAGE "package" PARSER "parser"
%token <text> PRAGMA "pragma" PRIORITY "priority" RETURN "return" SELECT "select" STATE "state"
%token <text> STRING "string" STRUCT "struct" SWITCH "switch" TABLE "table" THIS "this"
%token <text> TRANSITION "transition" TRUE "true" TUPLE "tuple" TYPE "type" TYPEDEF "typedef"
%token <text> VALUESET "value_set" VARBIT "varbit" VOID "void" DONTCARE "_"
/* Names and literals. */
%token <text> IDENTIFIER "identifier" TYPE_IDENTIFIER "type name" STRING_LITERAL "string literal"
%token <integer> INTEGER "integer"
%token <text> UNEXPECTED_TOKEN "unexpected character"
/* Operators that take more than one character. */
%token <text> INVALID_HEADER "{#}" MASK "&&&" DOTS "..." RANGE ".." SHL "<<" R_ANGLE_SHIFT ">"
%token <text> AND "&&" OR "||" EQ "==" NE "!=" GE ">=" LE "<=" PP "++" ADD_SAT "|+|" SUB_SAT "|-|"
%token <text> MUL_ASSIGN "*=" DIV_ASSIGN "/=" MOD_ASSIGN "%=" ADD_ASSIGN "+=" SUB_ASSIGN "-="
%token <text> ADD_SAT_ASSIGN "|+|=" SUB_SAT_ASSIGN "|-|=" SHL_ASSIGN "<<=" SHR_ASSIGN ">>="
%token <text> AND_ASSIGN "&=" OR_ASSIGN "|=" XOR_ASSIGN "^="
%token <text> PRAGMA_AT "@pragma" END_PRAGMA "end of line"
%token <text> '+' '-' '*' '/' '%' '|' '&' '^' '~' '[' ']' '{' '}' '<' '>' '!' ':' ',' '?' '.' '='
%token <text> ';' '@' '(' ')'

/* Precedence, lowest first, as in the specification; `?:` groups to the
 * right as in C: a ? b : c ? d : e is a ? b : (c ? d : e). */
%right '?'
%left OR
%left AND
%left EQ NE
%left '<' '>' LE GE
%left '|'
%left '^'
%left '&'
%left SHL R_ANGLE_SHIFT
%left PP '+' '-' ADD_SAT SUB_SAT
%left '*' '/' '%'
%precedence PREFIX
%precedence '(' '['
%precedence '.'
%precedence THEN
%precedence ELSE

%type <text> name nonTypeName nonTableKwName member annotationName
%type <node> declaration constantDeclaration externDeclaration actionDeclaration
%type <node> parserDeclaration typeDeclaration controlDeclaration instantiation
%type <node> errorDeclaration matchKindDeclaration functionDeclaration
%type <node> optAnnotations annotation parameter packageTypeDeclaration objDeclaration
%type <node> parserTypeDeclaration parserLocalElement parserState parserStatement
%type <node> parserBlockStatement transitionStatement stateExpression selectExpression selectCase
%type <node> keysetExpression tupleKeysetExpression simpleKeysetExpression
%type <node> reducedSimpleKeysetExpression valueSetDeclaration controlTypeDeclaration
%type <node> controlLocalDeclaration methodPrototype functionPrototype typeRef namedType
%type <node> prefixedType typeName p4listType tupleType headerStackType specializedType baseType
%type <node> typeOrVoid typeArg realTypeArg derivedTypeDeclaration headerTypeDeclaration
%type <node> structTypeDeclaration headerUnionDeclaration structField enumDeclaration
%type <node> specifiedIdentifier typedefDeclaration assignmentOrMethodCallStatement
%type <node> assignmentOrMethodCallStatementWithoutSemicolon emptyStatement exitStatement
%type <node> returnStatement conditionalStatement breakStatement continueStatement
%type <node> directApplication statement blockStatement switchStatement switchCase switchLabel
%type <node> statementOrDeclaration forStatement declOrAssignmentOrMethodCallStatement
%type <node> forCollectionExpr tableDeclaration tableProperty keyElement actionRef entry
%type <node> entryPriority variableDeclaration variableDeclarationWithoutSemicolon
%type <node> optInitializer initializer argument kvPair prefixedNonTypeName lvalue
%type <node> expression nonBraceExpression annotationToken controlBody objInitializer
%type <list> p4program annotations annotationBody structuredAnnotationBody kvList parameterList
%type <list> nonEmptyParameterList optConstructorParameters parserLocalElements parserStates
%type <list> parserStatements selectCaseList simpleExpressionList controlLocalDeclarations
%type <list> methodPrototypes optTypeParameters typeParameters typeParameterList
%type <list> typeArgumentList realTypeArgumentList structFieldList specifiedIdentifierList
%type <list> identifierList statOrDeclList switchCases forInitStatements
%type <list> forInitStatementsNonEmpty forUpdateStatements forUpdateStatementsNonEmpty
%type <list> tablePropertyList keyElementList actionList entriesList argumentList
%type <list> nonEmptyArgList expressionList nonEmptyExpressionList objDeclarations
%type <num> direction optCONST
%type <text> r_angle

%start program

%%

program
	: p4program                             { ctx->program = NEW(N_PROGRAM, @1); ctx->program->items = $1.head; }
	;

p4program
	: %empty                                { $$ = (NodeList){0}; }
	| p4program declaration                 { $$ = add($1, $2); }
	| p4program ';'                         { $$ = $1; }
	| p4program error                      { $$ = $1; /* skip to the next item or the closing brace */ }
	;

declaration
	: constantDeclaration
	| externDeclaration
	| actionDeclaration
	| parserDeclaration
	| typeDeclaration
	| controlDeclaration
	| instantiation
	| errorDeclaration
	| matchKindDeclaration
	| functionDeclaration
	;

nonTypeName
	: IDENTIFIER | APPLY | KEY | ACTIONS | STATE | ENTRIES | TYPE | PRIORITY
	;

name
	: nonTypeName | LIST | TYPE_IDENTIFIER
	;

nonTableKwName
	: IDENTIFIER | TYPE_IDENTIFIER | APPLY | STATE | TYPE | PRIORITY
	;

optCONST
	: %empty                                { $$ = 0; }
	| CONST                                 { $$ = 1; }
	;

optAnnotations
	: %empty                                { $$ = NULL; }
	| annotations                           { $$ = $1.head; }
	;

annotations
	: annotation                            { $$ = one($1); }
	| annotations annotation                { $$ = add($1, $2); }
	;

/* annotation: "@" name | "@" name "(" annotationBody ")" | "@" name "[" structuredAnnotationBody "]"
 *           | "@pragma" name tokens to the end of the line */
annotation
	: '@' annotationName                    { $$ = NEW(N_ANNOTATION, @1); $$->name = $2; }
	| '@' annotationName '(' annotationBody ')' {
		$$ = NEW(N_ANNOTATION, @1); $$->name = $2;
		$$->annotation_kind = ANNOT_UNSTRUCTURED; $$->items = $4.head;
	}
	| '@' annotationName '[' structuredAnnotationBody ']' {
		$$ = NEW(N_ANNOTATION, @1); $$->name = $2;
		$$->annotation_kind = ANNOT_STRUCTURED; $$->items = $4.head;
	}
	| PRAGMA_AT annotationName annotationBody END_PRAGMA {
		$$ = NEW(N_ANNOTATION, @1); $$->name = $2;
		$$->annotation_kind = ANNOT_PRAGMA; $$->items = $3.head;
	}
	;

annotationName
	: name
	;

annotationBody
	: %empty                                { $$ = (NodeList){0}; }
	| annotationBody '(' annotationBody ')' {
		$$ = add($1, token_node(ctx, "(", @2));
		if ($3.head) { $$.tail->next = $3.head; $$.tail = $3.tail; }
		$$ = add($$, token_node(ctx, ")", @4));
	}
	| annotationBody annotationToken        { $$ = add($1, $2); }
	;

annotationToken
	: UNEXPECTED_TOKEN { $$ = token_node(ctx, $1, @1); } | ABSTRACT { $$ = token_node(ctx, $1, @1); }
	| ACTION { $$ = token_node(ctx, $1, @1); } | ACTIONS { $$ = token_node(ctx, $1, @1); }
	| APPLY { $$ = token_node(ctx, $1, @1); } | BOOL { $$ = token_node(ctx, $1, @1); }
	| BIT { $$ = token_node(ctx, $1, @1); } | BREAK { $$ = token_node(ctx, $1, @1); }
	| CONST { $$ = token_node(ctx, $1, @1); } | CONTINUE { $$ = token_node(ctx, $1, @1); }
	| CONTROL { $$ = token_node(ctx, $1, @1); } | DEFAULT { $$ = token_node(ctx, $1, @1); }
	| ELSE { $$ = token_node(ctx, $1, @1); } | ENTRIES { $$ = token_node(ctx, $1, @1); }
	| ENUM { $$ = token_node(ctx, $1, @1); } | ERROR { $$ = token_node(ctx, $1, @1); }
	| EXIT { $$ = token_node(ctx, $1, @1); } | EXTERN { $$ = token_node(ctx, $1, @1); }
	| FALSE { $$ = token_node(ctx, $1, @1); } | FOR { $$ = token_node(ctx, $1, @1); }
	| HEADER { $$ = token_node(ctx, $1, @1); } | HEADER_UNION { $$ = token_node(ctx, $1, @1); }
	| IF { $$ = token_node(ctx, $1, @1); } | IN { $$ = token_node(ctx, $1, @1); }
	| INOUT { $$ = token_node(ctx, $1, @1); } | INT { $$ = token_node(ctx, $1, @1); }
	| KEY { $$ = token_node(ctx, $1, @1); } | MATCH_KIND { $$ = token_node(ctx, $1, @1); }
	| TYPE { $$ = token_node(ctx, $1, @1); } | OUT { $$ = token_node(ctx, $1, @1); }
	| PARSER { $$ = token_node(ctx, $1, @1); } | PACKAGE { $$ = token_node(ctx, $1, @1); }
	| PRAGMA { $$ = token_node(ctx, $1, @1); } | RETURN { $$ = token_node(ctx, $1, @1); }
	| SELECT { $$ = token_node(ctx, $1, @1); } | STATE { $$ = token_node(ctx, $1, @1); }
	| STRING { $$ = token_node(ctx, $1, @1); } | STRUCT { $$ = token_node(ctx, $1, @1); }
	| SWITCH { $$ = token_node(ctx, $1, @1); } | TABLE { $$ = token_node(ctx, $1, @1); }
	| THIS { $$ = token_node(ctx, $1, @1); } | TRANSITION { $$ = token_node(ctx, $1, @1); }
	| TRUE { $$ = token_node(ctx, $1, @1); } | TUPLE { $$ = token_node(ctx, $1, @1); }
	| TYPEDEF { $$ = token_node(ctx, $1, @1); } | VARBIT { $$ = token_node(ctx, $1, @1); }
	| VALUESET { $$ = token_node(ctx, $1, @1); } | LIST { $$ = token_node(ctx, $1, @1); }
	| VOID { $$ = token_node(ctx, $1, @1); } | DONTCARE { $$ = token_node(ctx, $1, @1); }
	| IDENTIFIER { $$ = token_node(ctx, $1, @1); } | TYPE_IDENTIFIER { $$ = token_node(ctx, $1, @1); }
	| STRING_LITERAL { $$ = token_node(ctx, $1, @1); } | INTEGER { $$ = token_node(ctx, $1.text, @1); }
	| INVALID_HEADER { $$ = token_node(ctx, $1, @1); }
	| MASK { $$ = token_node(ctx, $1, @1); } | DOTS { $$ = token_node(ctx, $1, @1); }
	| RANGE { $$ = token_node(ctx, $1, @1); } | SHL { $$ = token_node(ctx, $1, @1); }
	| R_ANGLE_SHIFT { $$ = token_node(ctx, $1, @1); } | AND { $$ = token_node(ctx, $1, @1); }
	| OR { $$ = token_node(ctx, $1, @1); } | EQ { $$ = token_node(ctx, $1, @1); }
	| NE { $$ = token_node(ctx, $1, @1); } | GE { $$ = token_node(ctx, $1, @1); }
	| LE { $$ = token_node(ctx, $1, @1); } | PP { $$ = token_node(ctx, $1, @1); }
	| ADD_SAT { $$ = token_node(ctx, $1, @1); } | SUB_SAT { $$ = token_node(ctx, $1, @1); }
	| MUL_ASSIGN { $$ = token_node(ctx, $1, @1); } | DIV_ASSIGN { $$ = token_node(ctx, $1, @1); }
	| MOD_ASSIGN { $$ = token_node(ctx, $1, @1); } | ADD_ASSIGN { $$ = token_node(ctx, $1, @1); }
	| SUB_ASSIGN { $$ = token_node(ctx, $1, @1); } | ADD_SAT_ASSIGN { $$ = token_node(ctx, $1, @1); }
	| SUB_SAT_ASSIGN { $$ = token_node(ctx, $1, @1); } | SHL_ASSIGN { $$ = token_node(ctx, $1, @1); }
	| SHR_ASSIGN { $$ = token_node(ctx, $1, @1); } | AND_ASSIGN { $$ = token_node(ctx, $1, @1); }
	| OR_ASSIGN { $$ = token_node(ctx, $1, @1); } | XOR_ASSIGN { $$ = token_node(ctx, $1, @1); }
	| '+' { $$ = token_node(ctx, $1, @1); } | '-' { $$ = token_node(ctx, $1, @1); }
	| '*' { $$ = token_node(ctx, $1, @1); } | '/' { $$ = token_node(ctx, $1, @1); }
	| '%' { $$ = token_node(ctx, $1, @1); } | '|' { $$ = token_node(ctx, $1, @1); }
	| '&' { $$ = token_node(ctx, $1, @1); } | '^' { $$ = token_node(ctx, $1, @1); }
	| '~' { $$ = token_node(ctx, $1, @1); } | '[' { $$ = token_node(ctx, $1, @1); }
	| ']' { $$ = token_node(ctx, $1, @1); } | '{' { $$ = token_node(ctx, $1, @1); }
	| '}' { $$ = token_node(ctx, $1, @1); } | '<' { $$ = token_node(ctx, $1, @1); }
	| '>' { $$ = token_node(ctx, $1, @1); } | '!' { $$ = token_node(ctx, $1, @1); }
	| ':' { $$ = token_node(ctx, $1, @1); } | ',' { $$ = token_node(ctx, $1, @1); }
	| '?' { $$ = token_node(ctx, $1, @1); } | '.' { $$ = token_node(ctx, $1, @1); }
	| '=' { $$ = token_node(ctx, $1, @1); } | ';' { $$ = token_node(ctx, $1, @1); }
	| '@' { $$ = token_node(ctx, $1, @1); }
	;

structuredAnnotationBody
	: %empty                                { $$ = (NodeList){0}; }
	| nonEmptyExpressionList optTrailingComma { $$ = $1; }
	| kvList optTrailingComma               { $$ = $1; }
	;

kvList
	: kvPair                                { $$ = one($1); }
	| kvList ',' kvPair                     { $$ = add($1, $3); }
	;

kvPair
	: name '=' expression                   { $$ = NEW(N_NAMED_EXPR, @1); $$->name = $1; $$->expr = $3; }
	;

parameterList
	: %empty                                { $$ = (NodeList){0}; }
	| nonEmptyParameterList
	;

nonEmptyParameterList
	: parameter                             { $$ = one($1); }
	| nonEmptyParameterList ',' parameter   { $$ = add($1, $3); }
	;

parameter
	: optAnnotations direction typeRef name {
		symtab_declare_value(ctx, $4);
		$$ = var_decl(ctx, N_PARAM, $1, $3, $4, NULL, @4);
		$$->direction = (Direction)$2;
		$$->start_loc = $1 ? $1->loc : $2 != DIR_NONE ? @2 : @3;
	}
	| optAnnotations direction typeRef name '=' expression {
		symtab_declare_value(ctx, $4);
		$$ = var_decl(ctx, N_PARAM, $1, $3, $4, $6, @4);
		$$->direction = (Direction)$2;
		$$->start_loc = $1 ? $1->loc : $2 != DIR_NONE ? @2 : @3;
	}
	;

direction
	: IN                                    { $$ = DIR_IN; }
	| OUT                                   { $$ = DIR_OUT; }
	| INOUT                                 { $$ = DIR_INOUT; }
	| %empty                                { $$ = DIR_NONE; }
	;

/* The scope of a generic declaration's type parameters ends with the
 * declaration; the rule that completes the declaration pops it. */
packageTypeDeclaration
	: optAnnotations PACKAGE name { symtab_declare_type(ctx, $3); symtab_push_scope(ctx); }
	  optTypeParameters '(' parameterList ')' {
		$$ = signature(ctx, N_PACKAGE_TYPE, $1, $3, $5.head, $7.head, @3);
	}
	;

instantiation
	: annotations typeRef '(' argumentList ')' name ';' {
		$$ = NEW(N_INSTANTIATION, @6); $$->annotations = $1.head;
		$$->type = $2; $$->args = $4.head; $$->name = $6;
		symtab_declare_value(ctx, $6);
	}
	| typeRef '(' argumentList ')' name ';' {
		$$ = NEW(N_INSTANTIATION, @5); $$->type = $1; $$->args = $3.head; $$->name = $5;
		symtab_declare_value(ctx, $5);
	}
	| annotations typeRef '(' argumentList ')' name '=' objInitializer ';' {
		$$ = NEW(N_INSTANTIATION, @6); $$->annotations = $1.head;
		$$->type = $2; $$->args = $4.head; $$->name = $6; $$->locals = $8;
	}
	| typeRef '(' argumentList ')' name '=' objInitializer ';' {
		$$ = NEW(N_INSTANTIATION, @5); $$->type = $1; $$->args = $3.head; $$->name = $5;
		$$->locals = $7;
	}
	;

/* An initializer with no declarations is still written `= {}`: keep that. */
objInitializer
	: '{' objDeclarations '}'               { $$ = NEW(N_BLOCK, @1); $$->items = $2.head; }
	;

objDeclarations
	: %empty                                { $$ = (NodeList){0}; }
	| objDeclarations objDeclaration        { $$ = add($1, $2); }
	;

objDeclaration
	: functionDeclaration
	| instantiation
	;

optConstructorParameters
	: %empty                                { $$ = (NodeList){0}; }
	| '(' parameterList ')'                 { $$ = $2; if (!$$.head) $$.tail = NEW(N_EMPTY, @1); }
	;

/**************************** PARSER ******************************/

parserDeclaration
	: parserTypeDeclaration optConstructorParameters '{' parserLocalElements parserStates '}' {
		$$ = $1; $$->kind = N_PARSER_DECL;
		$$->ctor_params = $2.head; $$->has_ctor_params = $2.tail != NULL;
		$$->locals = $4.head; $$->items = $5.head;
		symtab_pop_scope(ctx);
	}
	;

parserLocalElements
	: %empty                                { $$ = (NodeList){0}; }
	| parserLocalElements parserLocalElement { $$ = add($1, $2); }
	| parserLocalElements error            { $$ = $1; /* skip to the next item or the closing brace */ }
	;

parserLocalElement
	: constantDeclaration
	| instantiation
	| variableDeclaration
	| valueSetDeclaration
	;

parserTypeDeclaration
	: optAnnotations PARSER name { symtab_declare_type(ctx, $3); symtab_push_scope(ctx); }
	  optTypeParameters '(' parameterList ')' {
		$$ = signature(ctx, N_PARSER_TYPE, $1, $3, $5.head, $7.head, @3);
	}
	;

parserStates
	: parserState                           { $$ = one($1); }
	| parserStates parserState              { $$ = add($1, $2); }
	;

parserState
	: optAnnotations STATE name '{' { symtab_push_scope(ctx); } parserStatements transitionStatement '}' {
		$$ = NEW(N_PARSER_STATE, @3); $$->annotations = $1; $$->name = $3;
		$$->items = $6.head; $$->transition = $7;
		symtab_pop_scope(ctx);
	}
	;

parserStatements
	: %empty                                { $$ = (NodeList){0}; }
	| parserStatements parserStatement      { $$ = add($1, $2); }
	| parserStatements error               { $$ = $1; /* skip to the next item or the closing brace */ }
	;

parserStatement
	: assignmentOrMethodCallStatement
	| directApplication
	| emptyStatement
	| variableDeclaration
	| constantDeclaration
	| parserBlockStatement
	| conditionalStatement
	;

parserBlockStatement
	: optAnnotations '{' { symtab_push_scope(ctx); } parserStatements '}' {
		$$ = NEW(N_BLOCK, @2); $$->annotations = $1; $$->items = $4.head;
		symtab_pop_scope(ctx);
	}
	;

transitionStatement
	: %empty                                { $$ = NULL; }
	| TRANSITION stateExpression            { $$ = NEW(N_TRANSITION, @1); $$->expr = $2; }
	;

stateExpression
	: name ';'                              { $$ = NEW(N_PATH, @1); $$->name = $1; }
	| selectExpression
	;

selectExpression
	: SELECT '(' expressionList ')' '{' selectCaseList '}' {
		$$ = NEW(N_SELECT, @1); $$->args = $3.head; $$->items = $6.head;
	}
	;

selectCaseList
	: %empty                                { $$ = (NodeList){0}; }
	| selectCaseList selectCase             { $$ = add($1, $2); }
	| selectCaseList error                 { $$ = $1; /* skip to the next item or the closing brace */ }
	;

selectCase
	: keysetExpression ':' name ';' {
		$$ = NEW(N_SELECT_CASE, @1); $$->expr = $1; $$->name = $3; $$->name_loc = @3;
	}
	;

keysetExpression
	: tupleKeysetExpression
	| simpleKeysetExpression
	;

tupleKeysetExpression
	: '(' simpleKeysetExpression ',' simpleExpressionList ')' {
		$$ = NEW(N_TUPLE_KEYSET, @1); $$->items = $2; $2->next = $4.head;
	}
	| '(' reducedSimpleKeysetExpression ')' { $$ = NEW(N_TUPLE_KEYSET, @1); $$->items = $2; }
	;

optTrailingComma
	: %empty
	| ','
	;

simpleExpressionList
	: simpleKeysetExpression                { $$ = one($1); }
	| simpleExpressionList ',' simpleKeysetExpression { $$ = add($1, $3); }
	;

reducedSimpleKeysetExpression
	: expression MASK expression            { $$ = NEW(N_MASK, @2); $$->lhs = $1; $$->rhs = $3; }
	| expression RANGE expression           { $$ = NEW(N_RANGE, @2); $$->lhs = $1; $$->rhs = $3; }
	| DEFAULT                               { $$ = NEW(N_DEFAULT, @1); }
	| DONTCARE                              { $$ = NEW(N_DONTCARE, @1); }
	;

simpleKeysetExpression
	: expression
	| reducedSimpleKeysetExpression
	;

valueSetDeclaration
	: optAnnotations VALUESET '<' baseType r_angle '(' expression ')' name ';' {
		$$ = NEW(N_VALUE_SET, @9); $$->annotations = $1; $$->type = $4; $$->size = $7; $$->name = $9;
	}
	| optAnnotations VALUESET '<' tupleType r_angle '(' expression ')' name ';' {
		$$ = NEW(N_VALUE_SET, @9); $$->annotations = $1; $$->type = $4; $$->size = $7; $$->name = $9;
	}
	| optAnnotations VALUESET '<' typeName r_angle '(' expression ')' name ';' {
		$$ = NEW(N_VALUE_SET, @9); $$->annotations = $1; $$->type = $4; $$->size = $7; $$->name = $9;
	}
	;

/*************************** CONTROL ************************/

controlDeclaration
	: controlTypeDeclaration optConstructorParameters '{' controlLocalDeclarations APPLY controlBody '}' {
		$$ = $1; $$->kind = N_CONTROL_DECL;
		$$->ctor_params = $2.head; $$->has_ctor_params = $2.tail != NULL;
		$$->locals = $4.head; $$->body = $6;
		symtab_pop_scope(ctx);
	}
	;

controlTypeDeclaration
	: optAnnotations CONTROL name { symtab_declare_type(ctx, $3); symtab_push_scope(ctx); }
	  optTypeParameters '(' parameterList ')' {
		$$ = signature(ctx, N_CONTROL_TYPE, $1, $3, $5.head, $7.head, @3);
	}
	;

controlLocalDeclarations
	: %empty                                { $$ = (NodeList){0}; }
	| controlLocalDeclarations controlLocalDeclaration { $$ = add($1, $2); }
	| controlLocalDeclarations error       { $$ = $1; /* skip to the next item or the closing brace */ }
	;

controlLocalDeclaration
	: constantDeclaration
	| actionDeclaration
	| tableDeclaration
	| instantiation
	| variableDeclaration
	;

controlBody
	: blockStatement
	;

/*************************** EXTERN *************************/

externDeclaration
	: optAnnotations EXTERN nonTypeName { symtab_declare_type(ctx, $3); symtab_push_scope(ctx); }
	  optTypeParameters '{' methodPrototypes '}' {
		$$ = signature(ctx, N_EXTERN_OBJECT, $1, $3, $5.head, NULL, @3);
		$$->items = $7.head;
		symtab_pop_scope(ctx);
	}
	| optAnnotations EXTERN functionPrototype ';' {
		$$ = $3; $$->kind = N_EXTERN_FUNCTION; $$->annotations = $1;
		symtab_pop_scope(ctx);
	}
	;

methodPrototypes
	: %empty                                { $$ = (NodeList){0}; }
	| methodPrototypes methodPrototype      { $$ = add($1, $2); }
	| methodPrototypes error               { $$ = $1; /* skip to the next item or the closing brace */ }
	;

/* The scope that functionPrototype opens for type parameters ends at its user. */
functionPrototype
	: typeOrVoid name { symtab_push_scope(ctx); } optTypeParameters '(' parameterList ')' {
		$$ = signature(ctx, N_METHOD, NULL, $2, $4.head, $6.head, @2);
		$$->type = $1;
	}
	;

methodPrototype
	: optAnnotations functionPrototype ';'  { $$ = $2; $$->annotations = $1; symtab_pop_scope(ctx); }
	| optAnnotations ABSTRACT functionPrototype ';' {
		$$ = $3; $$->annotations = $1; $$->is_abstract = true; symtab_pop_scope(ctx);
	}
	| optAnnotations TYPE_IDENTIFIER '(' parameterList ')' ';' {
		$$ = signature(ctx, N_CONSTRUCTOR, $1, $2, NULL, $4.head, @2);
	}
	;

/************************** TYPES ****************************/

typeRef
	: baseType
	| typeName
	| specializedType
	| headerStackType
	| p4listType
	| tupleType
	;

namedType
	: typeName
	| specializedType
	;

prefixedType
	: TYPE_IDENTIFIER                       { $$ = type_name(ctx, $1, false, @1); }
	| '.' TYPE_IDENTIFIER                   { $$ = type_name(ctx, $2, true, @1); }
	;

typeName
	: prefixedType
	;

p4listType
	: LIST '<' typeArg r_angle              { $$ = NEW(N_TYPE_LIST, @1); $$->type_args = $3; }
	;

tupleType
	: TUPLE '<' typeArgumentList r_angle    { $$ = NEW(N_TYPE_TUPLE, @1); $$->type_args = $3.head; }
	;

headerStackType
	: typeName '[' expression ']'           { $$ = NEW(N_TYPE_STACK, @1); $$->type = $1; $$->size = $3; }
	| specializedType '[' expression ']'    { $$ = NEW(N_TYPE_STACK, @1); $$->type = $1; $$->size = $3; }
	;

specializedType
	: typeName '<' typeArgumentList r_angle {
		$$ = NEW(N_TYPE_SPECIALIZED, @1); $$->type = $1; $$->type_args = $3.head;
	}
	;

baseType
	: BOOL                                  { $$ = NEW(N_TYPE_BOOL, @1); }
	| MATCH_KIND                            { $$ = NEW(N_TYPE_MATCH_KIND, @1); }
	| ERROR                                 { $$ = NEW(N_TYPE_ERROR, @1); }
	| BIT                                   { $$ = NEW(N_TYPE_BIT, @1); }
	| STRING                                { $$ = NEW(N_TYPE_STRING, @1); }
	| INT                                   { $$ = NEW(N_TYPE_INT, @1); }
	| BIT '<' INTEGER r_angle               { $$ = sized_type(ctx, N_TYPE_BIT, int_literal(ctx, $3, @3), @1); }
	| INT '<' INTEGER r_angle               { $$ = sized_type(ctx, N_TYPE_INT, int_literal(ctx, $3, @3), @1); }
	| VARBIT '<' INTEGER r_angle            { $$ = sized_type(ctx, N_TYPE_VARBIT, int_literal(ctx, $3, @3), @1); }
	| BIT '<' '(' expression ')' r_angle    { $$ = sized_type(ctx, N_TYPE_BIT, $4, @1); }
	| INT '<' '(' expression ')' r_angle    { $$ = sized_type(ctx, N_TYPE_INT, $4, @1); }
	| VARBIT '<' '(' expression ')' r_angle { $$ = sized_type(ctx, N_TYPE_VARBIT, $4, @1); }
	;

/* A `>` that closes type arguments may be the first half of `>>`. */
r_angle
	: '>'
	| R_ANGLE_SHIFT
	;

typeOrVoid
	: typeRef
	| VOID                                  { $$ = NEW(N_TYPE_VOID, @1); }
	| IDENTIFIER                            { $$ = type_name(ctx, $1, false, @1); /* a type variable */ }
	;

optTypeParameters
	: %empty                                { $$ = (NodeList){0}; }
	| typeParameters
	;

typeParameters
	: '<' typeParameterList r_angle         { $$ = $2; }
	;

typeParameterList
	: name {
		symtab_declare_type(ctx, $1);
		$$ = one(NEW(N_TYPE_PARAM, @1)); $$.head->name = $1;
	}
	| typeParameterList ',' name {
		symtab_declare_type(ctx, $3);
		Node *param = NEW(N_TYPE_PARAM, @3); param->name = $3;
		$$ = add($1, param);
	}
	;

typeArg
	: typeRef
	| nonTypeName                           { $$ = type_name(ctx, $1, false, @1); }
	| VOID                                  { $$ = NEW(N_TYPE_VOID, @1); }
	| DONTCARE                              { $$ = NEW(N_TYPE_DONTCARE, @1); }
	;

typeArgumentList
	: %empty                                { $$ = (NodeList){0}; }
	| typeArg                               { $$ = one($1); }
	| typeArgumentList ',' typeArg          { $$ = add($1, $3); }
	;

realTypeArg
	: typeRef
	| VOID                                  { $$ = NEW(N_TYPE_VOID, @1); }
	| DONTCARE                              { $$ = NEW(N_TYPE_DONTCARE, @1); }
	;

realTypeArgumentList
	: realTypeArg                           { $$ = one($1); }
	| realTypeArgumentList ',' typeArg      { $$ = add($1, $3); }
	;

typeDeclaration
	: derivedTypeDeclaration
	| typedefDeclaration ';'
	| parserTypeDeclaration ';'             { $$ = $1; symtab_pop_scope(ctx); }
	| controlTypeDeclaration ';'            { $$ = $1; symtab_pop_scope(ctx); }
	| packageTypeDeclaration ';'            { $$ = $1; symtab_pop_scope(ctx); }
	;

derivedTypeDeclaration
	: headerTypeDeclaration
	| headerUnionDeclaration
	| structTypeDeclaration
	| enumDeclaration
	;

headerTypeDeclaration
	: optAnnotations HEADER name { symtab_declare_type(ctx, $3); symtab_push_scope(ctx); }
	  optTypeParameters '{' structFieldList '}' {
		$$ = signature(ctx, N_HEADER_DECL, $1, $3, $5.head, NULL, @3); $$->items = $7.head;
		symtab_pop_scope(ctx);
	}
	;

structTypeDeclaration
	: optAnnotations STRUCT name { symtab_declare_type(ctx, $3); symtab_push_scope(ctx); }
	  optTypeParameters '{' structFieldList '}' {
		$$ = signature(ctx, N_STRUCT_DECL, $1, $3, $5.head, NULL, @3); $$->items = $7.head;
		symtab_pop_scope(ctx);
	}
	;

headerUnionDeclaration
	: optAnnotations HEADER_UNION name { symtab_declare_type(ctx, $3); symtab_push_scope(ctx); }
	  optTypeParameters '{' structFieldList '}' {
		$$ = signature(ctx, N_HEADER_UNION_DECL, $1, $3, $5.head, NULL, @3); $$->items = $7.head;
		symtab_pop_scope(ctx);
	}
	;

structFieldList
	: %empty                                { $$ = (NodeList){0}; }
	| structFieldList structField           { $$ = add($1, $2); }
	| structFieldList error                { $$ = $1; /* skip to the next item or the closing brace */ }
	;

structField
	: optAnnotations typeRef name ';'       { $$ = var_decl(ctx, N_FIELD, $1, $2, $3, NULL, @3); }
	;

enumDeclaration
	: optAnnotations ENUM name { symtab_declare_type(ctx, $3); } '{' identifierList optTrailingComma '}' {
		$$ = signature(ctx, N_ENUM_DECL, $1, $3, NULL, NULL, @3);
		for (Node *id = $6.head; id; id = id->next)
			id->kind = N_ENUM_MEMBER;
		$$->items = $6.head;
	}
	| optAnnotations ENUM typeRef name { symtab_declare_type(ctx, $4); }
	  '{' specifiedIdentifierList optTrailingComma '}' {
		$$ = signature(ctx, N_ENUM_DECL, $1, $4, NULL, NULL, @4);
		$$->type = $3; $$->items = $7.head;
	}
	;

specifiedIdentifierList
	: specifiedIdentifier                   { $$ = one($1); }
	| specifiedIdentifierList ',' specifiedIdentifier { $$ = add($1, $3); }
	;

specifiedIdentifier
	: name '=' initializer                  { $$ = NEW(N_ENUM_MEMBER, @1); $$->name = $1; $$->init = $3; }
	;

errorDeclaration
	: ERROR '{' identifierList '}'          { $$ = NEW(N_ERROR_DECL, @1); $$->items = $3.head; }
	;

matchKindDeclaration
	: MATCH_KIND '{' identifierList optTrailingComma '}' {
		$$ = NEW(N_MATCH_KIND_DECL, @1); $$->items = $3.head;
	}
	;

identifierList
	: name                                  { $$ = one(NEW(N_IDENT, @1)); $$.head->name = $1; }
	| identifierList ',' name {
		Node *id = NEW(N_IDENT, @3); id->name = $3;
		$$ = add($1, id);
	}
	;

typedefDeclaration
	: optAnnotations TYPEDEF typeRef name {
		symtab_declare_type(ctx, $4);
		$$ = var_decl(ctx, N_TYPEDEF, $1, $3, $4, NULL, @4);
	}
	| optAnnotations TYPEDEF derivedTypeDeclaration name {
		symtab_declare_type(ctx, $4);
		$$ = var_decl(ctx, N_TYPEDEF, $1, $3, $4, NULL, @4);
	}
	| optAnnotations TYPE typeRef name {
		symtab_declare_type(ctx, $4);
		$$ = var_decl(ctx, N_NEWTYPE, $1, $3, $4, NULL, @4);
	}
	;

/*************************** STATEMENTS *************************/

assignmentOrMethodCallStatement
	: assignmentOrMethodCallStatementWithoutSemicolon ';'
	;

assignmentOrMethodCallStatementWithoutSemicolon
	: lvalue '(' argumentList ')' {
		$$ = NEW(N_CALL_STMT, @1); $$->expr = call(ctx, $1, NULL, $3.head, @2);
	}
	| lvalue '<' typeArgumentList r_angle '(' argumentList ')' {
		$$ = NEW(N_CALL_STMT, @1); $$->expr = call(ctx, $1, $3.head, $6.head, @5);
	}
	| lvalue '=' expression                 { $$ = assign(ctx, OP_NONE, $1, $3, @2); }
	| lvalue MUL_ASSIGN expression          { $$ = assign(ctx, OP_MUL, $1, $3, @2); }
	| lvalue DIV_ASSIGN expression          { $$ = assign(ctx, OP_DIV, $1, $3, @2); }
	| lvalue MOD_ASSIGN expression          { $$ = assign(ctx, OP_MOD, $1, $3, @2); }
	| lvalue ADD_ASSIGN expression          { $$ = assign(ctx, OP_ADD, $1, $3, @2); }
	| lvalue SUB_ASSIGN expression          { $$ = assign(ctx, OP_SUB, $1, $3, @2); }
	| lvalue ADD_SAT_ASSIGN expression      { $$ = assign(ctx, OP_ADD_SAT, $1, $3, @2); }
	| lvalue SUB_SAT_ASSIGN expression      { $$ = assign(ctx, OP_SUB_SAT, $1, $3, @2); }
	| lvalue SHL_ASSIGN expression          { $$ = assign(ctx, OP_SHL, $1, $3, @2); }
	| lvalue SHR_ASSIGN expression          { $$ = assign(ctx, OP_SHR, $1, $3, @2); }
	| lvalue AND_ASSIGN expression          { $$ = assign(ctx, OP_BAND, $1, $3, @2); }
	| lvalue OR_ASSIGN expression           { $$ = assign(ctx, OP_BOR, $1, $3, @2); }
	| lvalue XOR_ASSIGN expression          { $$ = assign(ctx, OP_BXOR, $1, $3, @2); }
	;

emptyStatement
	: ';'                                   { $$ = NEW(N_EMPTY, @1); }
	;

exitStatement
	: EXIT ';'                              { $$ = NEW(N_EXIT, @1); }
	;

returnStatement
	: RETURN ';'                            { $$ = NEW(N_RETURN, @1); }
	| RETURN expression ';'                 { $$ = NEW(N_RETURN, @1); $$->expr = $2; }
	;

conditionalStatement
	: IF '(' expression ')' statement %prec THEN {
		$$ = NEW(N_IF, @1); $$->cond = $3; $$->then = $5;
	}
	| IF '(' expression ')' statement ELSE statement {
		$$ = NEW(N_IF, @1); $$->cond = $3; $$->then = $5; $$->els = $7;
	}
	;

breakStatement
	: BREAK ';'                             { $$ = NEW(N_BREAK, @1); }
	;

continueStatement
	: CONTINUE ';'                          { $$ = NEW(N_CONTINUE, @1); }
	;

directApplication
	: typeName '.' APPLY '(' argumentList ')' ';' {
		$$ = NEW(N_DIRECT_APPLY, @1); $$->type = $1; $$->args = $5.head;
	}
	| specializedType '.' APPLY '(' argumentList ')' ';' {
		$$ = NEW(N_DIRECT_APPLY, @1); $$->type = $1; $$->args = $5.head;
	}
	;

statement
	: assignmentOrMethodCallStatement
	| directApplication
	| conditionalStatement
	| emptyStatement
	| blockStatement
	| returnStatement
	| breakStatement
	| continueStatement
	| exitStatement
	| switchStatement
	| forStatement
	;

blockStatement
	: optAnnotations '{' { symtab_push_scope(ctx); } statOrDeclList '}' {
		$$ = NEW(N_BLOCK, @2); $$->annotations = $1; $$->items = $4.head;
		symtab_pop_scope(ctx);
	}
	;

statOrDeclList
	: %empty                                { $$ = (NodeList){0}; }
	| statOrDeclList statementOrDeclaration { $$ = add($1, $2); }
	| statOrDeclList error                 { $$ = $1; /* skip to the next item or the closing brace */ }
	;

switchStatement
	: SWITCH '(' expression ')' '{' switchCases '}' {
		$$ = NEW(N_SWITCH, @1); $$->expr = $3; $$->items = $6.head;
	}
	;

switchCases
	: %empty                                { $$ = (NodeList){0}; }
	| switchCases switchCase                { $$ = add($1, $2); }
	| switchCases error                    { $$ = $1; /* skip to the next item or the closing brace */ }
	;

switchCase
	: switchLabel ':' blockStatement        { $$ = NEW(N_SWITCH_CASE, @1); $$->expr = $1; $$->body = $3; }
	| switchLabel ':'                       { $$ = NEW(N_SWITCH_CASE, @1); $$->expr = $1; }
	;

switchLabel
	: DEFAULT                               { $$ = NEW(N_DEFAULT, @1); }
	| nonBraceExpression
	;

statementOrDeclaration
	: variableDeclaration
	| constantDeclaration
	| statement
	;

forStatement
	: optAnnotations FOR '(' forInitStatements ';' expression ';' forUpdateStatements ')' statement {
		$$ = NEW(N_FOR, @2); $$->annotations = $1; $$->locals = $4.head; $$->cond = $6;
		$$->items = $8.head; $$->body = $10;
	}
	| optAnnotations FOR '(' typeRef name IN forCollectionExpr ')' statement {
		$$ = NEW(N_FOR_IN, @2); $$->annotations = $1;
		$$->init = var_decl(ctx, N_VAR_DECL, NULL, $4, $5, NULL, @5);
		$$->expr = $7; $$->body = $9;
	}
	| optAnnotations FOR '(' annotations typeRef name IN forCollectionExpr ')' statement {
		$$ = NEW(N_FOR_IN, @2); $$->annotations = $1;
		$$->init = var_decl(ctx, N_VAR_DECL, $4.head, $5, $6, NULL, @6);
		$$->expr = $8; $$->body = $10;
	}
	;

forInitStatements
	: %empty                                { $$ = (NodeList){0}; }
	| forInitStatementsNonEmpty
	;

forInitStatementsNonEmpty
	: declOrAssignmentOrMethodCallStatement { $$ = one($1); }
	| forInitStatementsNonEmpty ',' declOrAssignmentOrMethodCallStatement { $$ = add($1, $3); }
	;

declOrAssignmentOrMethodCallStatement
	: variableDeclarationWithoutSemicolon
	| assignmentOrMethodCallStatementWithoutSemicolon
	;

forUpdateStatements
	: %empty                                { $$ = (NodeList){0}; }
	| forUpdateStatementsNonEmpty
	;

forUpdateStatementsNonEmpty
	: assignmentOrMethodCallStatementWithoutSemicolon { $$ = one($1); }
	| forUpdateStatementsNonEmpty ',' assignmentOrMethodCallStatementWithoutSemicolon { $$ = add($1, $3); }
	;

forCollectionExpr
	: expression
	| expression RANGE expression           { $$ = NEW(N_RANGE, @2); $$->lhs = $1; $$->rhs = $3; }
	;

/************************* TABLE *********************************/

tableDeclaration
	: optAnnotations TABLE name '{' tablePropertyList '}' {
		$$ = NEW(N_TABLE_DECL, @3); $$->annotations = $1; $$->name = $3; $$->items = $5.head;
	}
	;

tablePropertyList
	: tableProperty                         { $$ = one($1); }
	| tablePropertyList tableProperty       { $$ = add($1, $2); }
	| tablePropertyList error              { $$ = $1; /* skip to the next item or the closing brace */ }
	;

tableProperty
	: KEY '=' '{' keyElementList '}'        { $$ = NEW(N_KEY_PROPERTY, @1); $$->items = $4.head; }
	| ACTIONS '=' '{' actionList '}'        { $$ = NEW(N_ACTIONS_PROPERTY, @1); $$->items = $4.head; }
	| optAnnotations optCONST ENTRIES '=' '{' entriesList '}' {
		$$ = NEW(N_ENTRIES_PROPERTY, @3); $$->annotations = $1; $$->is_const = $2;
		$$->items = $6.head;
	}
	| optAnnotations optCONST nonTableKwName '=' initializer ';' {
		$$ = NEW(N_TABLE_PROPERTY, @3); $$->annotations = $1; $$->is_const = $2;
		$$->name = $3; $$->init = $5;
	}
	;

keyElementList
	: %empty                                { $$ = (NodeList){0}; }
	| keyElementList keyElement             { $$ = add($1, $2); }
	| keyElementList error                 { $$ = $1; /* skip to the next item or the closing brace */ }
	;

keyElement
	: expression ':' name optAnnotations ';' {
		$$ = NEW(N_KEY_ELEMENT, @1); $$->expr = $1; $$->name = $3; $$->annotations = $4;
		$$->name_loc = @3;
	}
	;

actionList
	: %empty                                { $$ = (NodeList){0}; }
	| actionList optAnnotations actionRef ';' { $3->annotations = $2; $$ = add($1, $3); }
	| actionList error                     { $$ = $1; /* skip to the next item or the closing brace */ }
	;

actionRef
	: prefixedNonTypeName                   { $$ = NEW(N_ACTION_REF, @1); $$->expr = $1; }
	| prefixedNonTypeName '(' argumentList ')' {
		$$ = NEW(N_ACTION_REF, @1); $$->expr = $1; $$->args = $3.head; $$->has_args = true;
	}
	;

entry
	: optCONST entryPriority keysetExpression ':' actionRef optAnnotations ';' {
		$$ = NEW(N_ENTRY, @3); $$->is_const = $1; $$->priority = $2; $$->expr = $3;
		$$->action = $5; $$->annotations = $6; $$->start_loc = @2;
	}
	| optCONST keysetExpression ':' actionRef optAnnotations ';' {
		$$ = NEW(N_ENTRY, @2); $$->is_const = $1; $$->expr = $2; $$->action = $4;
		$$->annotations = $5;
	}
	;

entryPriority
	: PRIORITY '=' INTEGER ':'              { $$ = int_literal(ctx, $3, @3); }
	| PRIORITY '=' '(' expression ')' ':'   { $$ = $4; }
	;

entriesList
	: %empty                                { $$ = (NodeList){0}; }
	| entriesList entry                     { $$ = add($1, $2); }
	| entriesList error                    { $$ = $1; /* skip to the next item or the closing brace */ }
	;

/************************* ACTION ********************************/

actionDeclaration
	: optAnnotations ACTION name { symtab_push_scope(ctx); } '(' parameterList ')' blockStatement {
		$$ = signature(ctx, N_ACTION_DECL, $1, $3, NULL, $6.head, @3); $$->body = $8;
		symtab_pop_scope(ctx);
	}
	;

/************************* VARIABLES *****************************/

variableDeclaration
	: variableDeclarationWithoutSemicolon ';'
	;

variableDeclarationWithoutSemicolon
	: annotations typeRef name optInitializer {
		symtab_declare_value(ctx, $3);
		$$ = var_decl(ctx, N_VAR_DECL, $1.head, $2, $3, $4, @3);
	}
	| typeRef name optInitializer {
		symtab_declare_value(ctx, $2);
		$$ = var_decl(ctx, N_VAR_DECL, NULL, $1, $2, $3, @2);
	}
	;

constantDeclaration
	: optAnnotations CONST typeRef name '=' initializer ';' {
		symtab_declare_value(ctx, $4);
		$$ = var_decl(ctx, N_CONST_DECL, $1, $3, $4, $6, @4);
	}
	;

optInitializer
	: %empty                                { $$ = NULL; }
	| '=' initializer                       { $$ = $2; }
	;

initializer
	: expression
	;

/**************** Expressions ****************/

functionDeclaration
	: annotations functionPrototype blockStatement {
		$$ = $2; $$->kind = N_FUNCTION_DECL; $$->annotations = $1.head; $$->body = $3;
		symtab_pop_scope(ctx);
	}
	| functionPrototype blockStatement {
		$$ = $1; $$->kind = N_FUNCTION_DECL; $$->body = $2;
		symtab_pop_scope(ctx);
	}
	;

argumentList
	: %empty                                { $$ = (NodeList){0}; }
	| nonEmptyArgList
	;

nonEmptyArgList
	: argument                              { $$ = one($1); }
	| nonEmptyArgList ',' argument          { $$ = add($1, $3); }
	;

argument
	: expression                            { $$ = NEW(N_ARG, @1); $$->expr = $1; }
	| name '=' expression                   { $$ = NEW(N_ARG, @1); $$->name = $1; $$->expr = $3; }
	| DONTCARE                              { $$ = NEW(N_ARG, @1); $$->expr = NEW(N_DONTCARE, @1); }
	| name '=' DONTCARE                     { $$ = NEW(N_ARG, @1); $$->name = $1; $$->expr = NEW(N_DONTCARE, @3); }
	;

expressionList
	: %empty                                { $$ = (NodeList){0}; }
	| nonEmptyExpressionList
	;

nonEmptyExpressionList
	: expression                            { $$ = one($1); }
	| nonEmptyExpressionList ',' expression { $$ = add($1, $3); }
	;

member
	: name
	;

prefixedNonTypeName
	: nonTypeName                           { $$ = NEW(N_PATH, @1); $$->name = $1; }
	| '.' nonTypeName                       { $$ = NEW(N_PATH, @1); $$->name = $2; $$->is_global = true; }
	;

lvalue
	: prefixedNonTypeName
	| THIS                                  { $$ = NEW(N_THIS, @1); }
	| lvalue '.' member                     { $$ = member(ctx, $1, $3, @2, @3); }
	| lvalue '[' expression ']'             { $$ = postfix(ctx, N_INDEX, $1, @2, $3); }
	| lvalue '[' expression ':' expression ']' {
		Node *n = NEW(N_SLICE, @2); n->hi = $3; n->lo = $5; $$ = attach(ctx, $1, n, false);
	}
	| lvalue '[' expression '+' ':' expression ']' {
		Node *n = NEW(N_PART_SELECT, @2); n->index = $3; n->width = $6; $$ = attach(ctx, $1, n, false);
	}
	| '(' lvalue ')'                        { $$ = $2; }
	;

/* expression and nonBraceExpression follow the same rules (the latter cannot
 * start with '{', so a switch label is not read as a block): keep them in step. */
expression
	: INTEGER                                { $$ = int_literal(ctx, $1, @1); }
	| DOTS                                   { $$ = NEW(N_DOTS, @1); }
	| STRING_LITERAL                         { $$ = NEW(N_STRING_LIT, @1); $$->text = $1; }
	| TRUE                                   { $$ = NEW(N_BOOL_LIT, @1); $$->bool_value = true; }
	| FALSE                                  { $$ = NEW(N_BOOL_LIT, @1); }
	| THIS                                   { $$ = NEW(N_THIS, @1); }
	| prefixedNonTypeName
	| expression '[' expression ']'                  { $$ = postfix(ctx, N_INDEX, $1, @2, $3); }
	| expression '[' expression ':' expression ']'   { Node *n = NEW(N_SLICE, @2); n->hi = $3; n->lo = $5; $$ = attach(ctx, $1, n, false); }
	| expression '[' expression '+' ':' expression ']' { Node *n = NEW(N_PART_SELECT, @2); n->index = $3; n->width = $6; $$ = attach(ctx, $1, n, false); }
	| '{' '}'                                { $$ = NEW(N_LIST_EXPR, @1); }
	| '{' nonEmptyExpressionList optTrailingComma '}' { $$ = NEW(N_LIST_EXPR, @1); $$->items = $2.head; }
	| INVALID_HEADER                         { $$ = NEW(N_INVALID_HEADER, @1); }
	| '{' kvList optTrailingComma '}'        { $$ = NEW(N_STRUCT_EXPR, @1); $$->items = $2.head; }
	| '{' kvList ',' DOTS optTrailingComma '}' { $$ = NEW(N_STRUCT_EXPR, @1); $$->items = $2.head; $$->has_dots = true; }
	| '(' expression ')'                     { $$ = $2; $$->unclosed = false; }
	| '!' expression %prec PREFIX          { $$ = unary(ctx, OP_NOT, $2, @1); }
	| '~' expression %prec PREFIX          { $$ = unary(ctx, OP_COMPL, $2, @1); }
	| '-' expression %prec PREFIX          { $$ = unary(ctx, OP_NEG, $2, @1); }
	| '+' expression %prec PREFIX          { $$ = unary(ctx, OP_PLUS, $2, @1); }
	| typeName '.' member                    { $$ = member(ctx, $1, $3, @2, @3); }
	| ERROR '.' member                       { $$ = member(ctx, NEW(N_TYPE_ERROR, @1), $3, @2, @3); }
	| expression '.' member                          { $$ = member(ctx, $1, $3, @2, @3); }
	| expression '*' expression    { $$ = binary(ctx, OP_MUL, $1, $3, @2); }
	| expression '/' expression    { $$ = binary(ctx, OP_DIV, $1, $3, @2); }
	| expression '%' expression    { $$ = binary(ctx, OP_MOD, $1, $3, @2); }
	| expression '+' expression    { $$ = binary(ctx, OP_ADD, $1, $3, @2); }
	| expression '-' expression    { $$ = binary(ctx, OP_SUB, $1, $3, @2); }
	| expression ADD_SAT expression    { $$ = binary(ctx, OP_ADD_SAT, $1, $3, @2); }
	| expression SUB_SAT expression    { $$ = binary(ctx, OP_SUB_SAT, $1, $3, @2); }
	| expression SHL expression    { $$ = binary(ctx, OP_SHL, $1, $3, @2); }
	| expression LE expression    { $$ = binary(ctx, OP_LE, $1, $3, @2); }
	| expression GE expression    { $$ = binary(ctx, OP_GE, $1, $3, @2); }
	| expression '<' expression    { $$ = binary(ctx, OP_LT, $1, $3, @2); }
	| expression '>' expression    { $$ = binary(ctx, OP_GT, $1, $3, @2); }
	| expression NE expression    { $$ = binary(ctx, OP_NE, $1, $3, @2); }
	| expression EQ expression    { $$ = binary(ctx, OP_EQ, $1, $3, @2); }
	| expression '&' expression    { $$ = binary(ctx, OP_BAND, $1, $3, @2); }
	| expression '^' expression    { $$ = binary(ctx, OP_BXOR, $1, $3, @2); }
	| expression '|' expression    { $$ = binary(ctx, OP_BOR, $1, $3, @2); }
	| expression PP expression    { $$ = binary(ctx, OP_CONCAT, $1, $3, @2); }
	| expression AND expression    { $$ = binary(ctx, OP_AND, $1, $3, @2); }
	| expression OR expression    { $$ = binary(ctx, OP_OR, $1, $3, @2); }
	| expression R_ANGLE_SHIFT '>' expression %prec SHL { $$ = binary(ctx, OP_SHR, $1, $4, @2); }
	| expression '?' expression ':' expression %prec '?' { $$ = NEW(N_TERNARY, @2); $$->cond = $1; $$->then = $3; $$->els = $5; deepen(ctx, $$, $1); deepen(ctx, $$, $5); }
	| expression '<' realTypeArgumentList r_angle '(' argumentList ')' { $$ = call(ctx, $1, $3.head, $6.head, @5); }
	| expression '(' argumentList ')'                { $$ = call(ctx, $1, NULL, $3.head, @2); }
	| namedType '(' argumentList ')'         { $$ = NEW(N_CONSTRUCT, @1); $$->type = $1; $$->args = $3.head; }
	| '(' typeRef ')' expression %prec PREFIX { $$ = NEW(N_CAST, @1); $$->type = $2; $$->expr = $4; }
	;

nonBraceExpression
	: INTEGER                                { $$ = int_literal(ctx, $1, @1); }
	| STRING_LITERAL                         { $$ = NEW(N_STRING_LIT, @1); $$->text = $1; }
	| TRUE                                   { $$ = NEW(N_BOOL_LIT, @1); $$->bool_value = true; }
	| FALSE                                  { $$ = NEW(N_BOOL_LIT, @1); }
	| THIS                                   { $$ = NEW(N_THIS, @1); }
	| prefixedNonTypeName
	| nonBraceExpression '[' expression ']'                  { $$ = postfix(ctx, N_INDEX, $1, @2, $3); }
	| nonBraceExpression '[' expression ':' expression ']'   { Node *n = NEW(N_SLICE, @2); n->hi = $3; n->lo = $5; $$ = attach(ctx, $1, n, false); }
	| nonBraceExpression '[' expression '+' ':' expression ']' { Node *n = NEW(N_PART_SELECT, @2); n->index = $3; n->width = $6; $$ = attach(ctx, $1, n, false); }
	| '(' expression ')'                     { $$ = $2; $$->unclosed = false; }
	| '!' expression %prec PREFIX          { $$ = unary(ctx, OP_NOT, $2, @1); }
	| '~' expression %prec PREFIX          { $$ = unary(ctx, OP_COMPL, $2, @1); }
	| '-' expression %prec PREFIX          { $$ = unary(ctx, OP_NEG, $2, @1); }
	| '+' expression %prec PREFIX          { $$ = unary(ctx, OP_PLUS, $2, @1); }
	| typeName '.' member                    { $$ = member(ctx, $1, $3, @2, @3); }
	| ERROR '.' member                       { $$ = member(ctx, NEW(N_TYPE_ERROR, @1), $3, @2, @3); }
	| nonBraceExpression '.' member                          { $$ = member(ctx, $1, $3, @2, @3); }
	| nonBraceExpression '*' expression    { $$ = binary(ctx, OP_MUL, $1, $3, @2); }
	| nonBraceExpression '/' expression    { $$ = binary(ctx, OP_DIV, $1, $3, @2); }
	| nonBraceExpression '%' expression    { $$ = binary(ctx, OP_MOD, $1, $3, @2); }
	| nonBraceExpression '+' expression    { $$ = binary(ctx, OP_ADD, $1, $3, @2); }
	| nonBraceExpression '-' expression    { $$ = binary(ctx, OP_SUB, $1, $3, @2); }
	| nonBraceExpression ADD_SAT expression    { $$ = binary(ctx, OP_ADD_SAT, $1, $3, @2); }
	| nonBraceExpression SUB_SAT expression    { $$ = binary(ctx, OP_SUB_SAT, $1, $3, @2); }
	| nonBraceExpression SHL expression    { $$ = binary(ctx, OP_SHL, $1, $3, @2); }
	| nonBraceExpression LE expression    { $$ = binary(ctx, OP_LE, $1, $3, @2); }
	| nonBraceExpression GE expression    { $$ = binary(ctx, OP_GE, $1, $3, @2); }
	| nonBraceExpression '<' expression    { $$ = binary(ctx, OP_LT, $1, $3, @2); }
	| nonBraceExpression '>' expression    { $$ = binary(ctx, OP_GT, $1, $3, @2); }
	| nonBraceExpression NE expression    { $$ = binary(ctx, OP_NE, $1, $3, @2); }
	| nonBraceExpression EQ expression    { $$ = binary(ctx, OP_EQ, $1, $3, @2); }
	| nonBraceExpression '&' expression    { $$ = binary(ctx, OP_BAND, $1, $3, @2); }
	| nonBraceExpression '^' expression    { $$ = binary(ctx, OP_BXOR, $1, $3, @2); }
	| nonBraceExpression '|' expression    { $$ = binary(ctx, OP_BOR, $1, $3, @2); }
	| nonBraceExpression PP expression    { $$ = binary(ctx, OP_CONCAT, $1, $3, @2); }
	| nonBraceExpression AND expression    { $$ = binary(ctx, OP_AND, $1, $3, @2); }
	| nonBraceExpression OR expression    { $$ = binary(ctx, OP_OR, $1, $3, @2); }
	| nonBraceExpression R_ANGLE_SHIFT '>' expression %prec SHL { $$ = binary(ctx, OP_SHR, $1, $4, @2); }
	| nonBraceExpression '?' expression ':' expression %prec '?' { $$ = NEW(N_TERNARY, @2); $$->cond = $1; $$->then = $3; $$->els = $5; deepen(ctx, $$, $1); deepen(ctx, $$, $5); }
	| nonBraceExpression '<' realTypeArgumentList r_angle '(' argumentList ')' { $$ = call(ctx, $1, $3.head, $6.head, @5); }
	| nonBraceExpression '(' argumentList ')'                { $$ = call(ctx, $1, NULL, $3.head, @2); }
	| namedType '(' argumentList ')'         { $$ = NEW(N_CONSTRUCT, @1); $$->type = $1; $$->args = $3.head; }
	| '(' typeRef ')' expression %prec PREFIX { $$ = NEW(N_CAST, @1); $$->type = $2; $$->expr = $4; }
	;

%%

/* How a token is named in messages: a word for tokens that carry text, the
 * spelling in quotes for keywords and punctuation. */
static void describe_symbol(yysymbol_kind_t sym, char *buf, size_t size)
{
	const char *word = NULL;
	switch (sym) {
	case YYSYMBOL_YYEOF: word = "end of file"; break;
	case YYSYMBOL_IDENTIFIER: word = "identifier"; break;
	case YYSYMBOL_TYPE_IDENTIFIER: word = "type name"; break;
	case YYSYMBOL_INTEGER: word = "integer"; break;
	case YYSYMBOL_STRING_LITERAL: word = "string literal"; break;
	case YYSYMBOL_END_PRAGMA: word = "end of line"; break;
	case YYSYMBOL_UNEXPECTED_TOKEN: word = "character"; break;
	default: break;
	}
	if (word) {
		snprintf(buf, size, "%s", word);
		return;
	}
	const char *name = yysymbol_name(sym);
	size_t len = strlen(name);
	if (len >= 2 && (name[0] == '"' || name[0] == '\'') && name[len - 1] == name[0]) {
		name++;
		len -= 2;
	}
	snprintf(buf, size, "'%.*s'", (int)len, name);
}

/* Whether `sym` is the one-character token `c` (their symbol numbers are bison's). */
static bool is_char_token(yysymbol_kind_t sym, char c)
{
	const char *name = yysymbol_name(sym);
	return name[0] == '\'' && name[1] == c && name[2] == '\'' && name[3] == '\0';
}

/* The unexpected token, with its text where the kind alone says little. */
static void describe_unexpected(StrBuf *msg, yysymbol_kind_t sym, const ParseContext *ctx)
{
	char buf[64];
	describe_symbol(sym, buf, sizeof(buf));
	strbuf_puts(msg, buf);
	switch (sym) {
	case YYSYMBOL_IDENTIFIER:
	case YYSYMBOL_TYPE_IDENTIFIER:
	case YYSYMBOL_INTEGER:
		strbuf_printf(msg, " '%s'", ctx->last_text);
		break;
	case YYSYMBOL_STRING_LITERAL:
		strbuf_printf(msg, " %s", ctx->last_text);
		break;
	case YYSYMBOL_UNEXPECTED_TOKEN:
		strbuf_printf(msg, " '%s'", strcmp(ctx->last_text, "'") == 0 ? "\\'" : ctx->last_text);
		break;
	default:
		break;
	}
}

/* "syntax error: unexpected X, expected A, B or C". When ';' would do and
 * the unexpected token starts a later line, the ';' is what is missing: say
 * so where it belongs, just after the previous token, as gcc does. */
static int yyreport_syntax_error(const yypcontext_t *yyctx, ParseContext *ctx)
{
	enum { MAX_LISTED = 5 };
	yysymbol_kind_t unexpected = yypcontext_token(yyctx);
	yysymbol_kind_t expected[YYNTOKENS];
	int n = yypcontext_expected_tokens(yyctx, expected, YYNTOKENS);
	char names[MAX_LISTED][64];
	int listed = 0;
	bool wants_semicolon = false;
	for (int i = 0; i < n; i++)
		wants_semicolon |= is_char_token(expected[i], ';');
	for (int i = 0; i < n; i++) {
		/* An annotation is hardly ever what is missing: do not suggest one. */
		if (expected[i] == YYSYMBOL_PRAGMA_AT || is_char_token(expected[i], '@'))
			continue;
		char name[64];
		describe_symbol(expected[i], name, sizeof(name));
		bool seen = false;
		for (int j = 0; j < listed && !seen; j++)
			seen = strcmp(names[j], name) == 0;
		if (seen)
			continue;
		if (listed == MAX_LISTED) {
			listed = MAX_LISTED + 1; /* too many to be useful */
			break;
		}
		strcpy(names[listed++], name);
	}

	Loc loc = *yypcontext_location(yyctx);
	StrBuf msg = {0};
	bool missing_semicolon = wants_semicolon && unexpected != YYSYMBOL_YYEMPTY && ctx->last_end.file &&
				 (loc.line > ctx->last_end.line || is_char_token(unexpected, '}'));
	if (missing_semicolon) {
		loc = ctx->last_end;
		strbuf_puts(&msg, "syntax error: expected ';'");
	} else {
		strbuf_puts(&msg, "syntax error");
		if (unexpected != YYSYMBOL_YYEMPTY) {
			strbuf_puts(&msg, ": unexpected ");
			describe_unexpected(&msg, unexpected, ctx);
		}
		if (listed > 0 && listed <= MAX_LISTED)
			strbuf_puts(&msg, ", expected ");
	}
	if (listed <= MAX_LISTED && !missing_semicolon) {
		for (int i = 0; i < listed; i++) {
			if (i)
				strbuf_puts(&msg, i + 1 == listed ? " or " : ", ");
			strbuf_puts(&msg, names[i]);
		}
	}
	if (missing_semicolon) {
		strbuf_puts(&msg, " before ");
		describe_unexpected(&msg, unexpected, ctx);
	}
	diag_error(ctx->diag, loc, "%s", msg.data);
	strbuf_free(&msg);
	return 0;
}
