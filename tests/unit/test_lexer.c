/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* test_lexer.c: unit tests of the lexer (frontend/lexer.l) through parse_buffer():
 * integer and string literals, line markers, type names, `>>`, and lexical errors. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "frontend.h"

/* One parsed program, its arena and what its diagnostics said. */
typedef struct Parsed {
	Arena arena;
	Diag diag;
	FILE *out;
	char *text;
	size_t len;
	Node *program;
} Parsed;

static void release(Parsed *p)
{
	if (p->out) {
		diag_free(&p->diag);
		fclose(p->out);
	}
	free(p->text);
	arena_free(&p->arena);
	*p = (Parsed){0};
}

static int setup(void **state)
{
	Parsed *p = calloc(1, sizeof(*p));
	*state = p;
	return p ? 0 : -1;
}

static int teardown(void **state)
{
	release(*state);
	free(*state);
	return 0;
}

/* Parses `src` as "test.p4" into the fixture, replacing what was there. */
static Node *parse(void **state, const char *src)
{
	Parsed *p = *state;
	release(p);
	p->out = open_memstream(&p->text, &p->len);
	assert_non_null(p->out);
	diag_init(&p->diag, p->out);
	diag_add_source(&p->diag, "test.p4", src, strlen(src));
	p->program = parse_buffer(&p->arena, &p->diag, "test.p4", src, strlen(src));
	assert_non_null(p->program);
	assert_int_equal(p->program->kind, N_PROGRAM);
	fflush(p->out);
	return p->program;
}

static int errors(void **state)
{
	return ((Parsed *)*state)->diag.errors;
}

static const char *messages(void **state)
{
	Parsed *p = *state;
	fflush(p->out);
	return p->text ? p->text : "";
}

/* Parses a program that must have no errors and returns its first declaration. */
static Node *parse_ok(void **state, const char *src)
{
	Node *program = parse(state, src);
	if (errors(state) != 0)
		fail_msg("unexpected errors:\n%s", messages(state));
	assert_non_null(program->items);
	return program->items;
}

static void assert_contains(const char *haystack, const char *needle)
{
	if (!strstr(haystack, needle))
		fail_msg("expected \"%s\" in:\n%s", needle, haystack);
}

/* ---- integer literals ---- */

/* The initializer of `const bit<8> c = <literal>;`. */
static const Node *literal_of(void **state, const char *literal)
{
	char src[256];
	snprintf(src, sizeof(src), "const bit<8> c = %s;\n", literal);
	const Node *decl = parse_ok(state, src);
	assert_int_equal(decl->kind, N_CONST_DECL);
	assert_non_null(decl->init);
	assert_int_equal(decl->init->kind, N_INT_LIT);
	assert_string_equal(decl->init->text, literal);
	return decl->init;
}

static void check_literal(void **state, const char *text, int width, bool is_signed, int base,
			  const char *digits)
{
	const Node *n = literal_of(state, text);
	assert_int_equal(n->lit.width, width);
	assert_int_equal(n->lit.is_signed, is_signed);
	assert_int_equal(n->lit.base, base);
	assert_string_equal(n->lit.digits, digits);
}

static void test_int_decimal(void **state)
{
	check_literal(state, "42", -1, false, 10, "42");
	check_literal(state, "0", -1, false, 10, "0");
	check_literal(state, "1_000", -1, false, 10, "1000");
	check_literal(state, "0d99", -1, false, 10, "99");
	check_literal(state, "0D0_1", -1, false, 10, "01");
}

static void test_int_bases(void **state)
{
	check_literal(state, "0x_FF", -1, false, 16, "FF");
	check_literal(state, "0XdeadBEEF", -1, false, 16, "deadBEEF");
	check_literal(state, "0b1010", -1, false, 2, "1010");
	check_literal(state, "0B1111_0000", -1, false, 2, "11110000");
	check_literal(state, "0o17", -1, false, 8, "17");
	check_literal(state, "0O7_7", -1, false, 8, "77");
}

static void test_int_width(void **state)
{
	check_literal(state, "8w255", 8, false, 10, "255");
	check_literal(state, "4s3", 4, true, 10, "3");
	check_literal(state, "16w0xFFFF", 16, false, 16, "FFFF");
	check_literal(state, "32s0x_dead_beef", 32, true, 16, "deadbeef");
	check_literal(state, "2w0b10", 2, false, 2, "10");
	check_literal(state, "9w0o777", 9, false, 8, "777");
	check_literal(state, "1000w1", 1000, false, 10, "1");
	check_literal(state, "1w0", 1, false, 10, "0");
}

static void test_int_in_type(void **state)
{
	/* The width of bit<> is an integer literal node too. */
	const Node *decl = parse_ok(state, "const bit<0x10> c = 1;\n");
	assert_int_equal(decl->type->kind, N_TYPE_BIT);
	assert_non_null(decl->type->width);
	assert_int_equal(decl->type->width->kind, N_INT_LIT);
	assert_int_equal(decl->type->width->lit.base, 16);
	assert_string_equal(decl->type->width->lit.digits, "10");
}

static void test_int_errors(void **state)
{
	parse(state, "const bit<8> c = 0xZZ;\n");
	assert_true(errors(state) >= 1);
	assert_contains(messages(state), "test.p4:1:18: error: invalid integer literal '0xZZ'\n"
					 "const bit<8> c = 0xZZ;\n"
					 "                 ^\n");

	parse(state, "const bit<8> c = 8w;\n");
	assert_contains(messages(state), "test.p4:1:18: error: invalid integer literal '8w'\n");

	parse(state, "const bit<8> c = 12abc;\n");
	assert_contains(messages(state), "error: invalid integer literal '12abc'\n");

	parse(state, "const bit<8> c = 0x_;\n");
	assert_int_equal(errors(state), 1);
	assert_contains(messages(state), "test.p4:1:18: error: integer literal '0x_' has no digits\n");

	parse(state, "const bit<8> c = 8w0b;\n");
	assert_true(errors(state) >= 1);
	assert_contains(messages(state), "'8w0b'");

	parse(state, "const bit<8> c = 99999999999w1;\n");
	assert_int_equal(errors(state), 1);
	assert_contains(messages(state), "error: integer width too large in '99999999999w1'\n");
}

/* ---- string literals ---- */

static void test_string_literal(void **state)
{
	const Node *decl = parse_ok(state, "const string s = \"a \\\"quoted\\\" \\\\ word\\n\";\n");
	assert_int_equal(decl->init->kind, N_STRING_LIT);
	/* The text as written: quotes and escapes kept. */
	assert_string_equal(decl->init->text, "\"a \\\"quoted\\\" \\\\ word\\n\"");

	decl = parse_ok(state, "const string e = \"\";\n");
	assert_string_equal(decl->init->text, "\"\"");
}

static void test_string_with_escaped_newline(void **state)
{
	/* A backslash-newline inside a string: the next token is on line 2, and
	 * its column counts from the start of that line. */
	const Node *decl = parse_ok(state, "const string s = \"a\\\nb\"; const bit<8> v = 1;\n");
	assert_string_equal(decl->init->text, "\"a\\\nb\"");
	const Node *v = decl->next;
	assert_non_null(v);
	assert_string_equal(v->name, "v");
	assert_int_equal(v->loc.line, 2);
	assert_int_equal(v->loc.col, 18);
}

static void test_string_in_annotation(void **state)
{
	const Node *decl = parse_ok(state, "@name(\"ingress.t\") const bit<8> c = 1;\n");
	const Node *annotation = decl->annotations;
	assert_non_null(annotation);
	assert_string_equal(annotation->name, "name");
	assert_int_equal(annotation->annotation_kind, ANNOT_UNSTRUCTURED);
	assert_non_null(annotation->items);
	assert_int_equal(annotation->items->kind, N_ANNOTATION_TOKEN);
	assert_string_equal(annotation->items->text, "\"ingress.t\"");
}

static void test_unterminated_string(void **state)
{
	parse(state, "const string s = \"abc;\n");
	assert_true(errors(state) >= 1);
	assert_contains(messages(state), "test.p4:1:18: error: unterminated string literal\n"
					 "const string s = \"abc;\n"
					 "                 ^\n");
}

/* ---- comments ---- */

static void test_comments(void **state)
{
	const Node *decl = parse_ok(state, "/* a\n * block */ const // line\n bit<8> /**/ c = 1;\n");
	assert_string_equal(decl->name, "c");
	assert_int_equal(decl->loc.line, 3);
	assert_int_equal(decl->loc.col, 14);
}

static void test_unterminated_comment(void **state)
{
	parse(state, "const bit<8> c = 1;\n/* not closed\nconst bit<8> d = 2;\n");
	assert_int_equal(errors(state), 1);
	assert_contains(messages(state), "error: unterminated comment\n");
	/* What came before the comment was still parsed. */
	assert_non_null(((Parsed *)*state)->program->items);
}

/* ---- line markers ---- */

static void test_line_markers(void **state)
{
	const Node *decl = parse_ok(state, "# 12 \"foo.p4\"\n"
					   "const bit<8> x = 1;\n"
					   "# 3 \"dir/bar.p4\" 2\n"
					   "\tconst bit<8> y = 1;\n"
					   "#line 40 \"baz.p4\"\n"
					   "const bit<8> z = 1;\n"
					   "# 99\n"
					   "\n"
					   "const bit<8> w = 1;\n");
	assert_string_equal(decl->loc.file, "foo.p4");
	assert_int_equal(decl->loc.line, 12);
	assert_int_equal(decl->loc.col, 14);
	decl = decl->next;
	assert_string_equal(decl->loc.file, "dir/bar.p4");
	assert_int_equal(decl->loc.line, 3);
	assert_int_equal(decl->loc.col, 15); /* a tab is one column */
	decl = decl->next;
	assert_string_equal(decl->loc.file, "baz.p4");
	assert_int_equal(decl->loc.line, 40);
	decl = decl->next; /* a marker without a file keeps the file */
	assert_string_equal(decl->loc.file, "baz.p4");
	assert_int_equal(decl->loc.line, 100);
}

static void test_line_marker_names_interned(void **state)
{
	/* Two markers naming one file give the same pointer, which later stages
	 * may compare. */
	const Node *decl = parse_ok(state, "# 1 \"a.p4\"\nconst bit<8> x = 1;\n"
					   "# 1 \"b.p4\"\nconst bit<8> y = 1;\n"
					   "# 5 \"a.p4\"\nconst bit<8> z = 1;\n");
	assert_ptr_equal(decl->loc.file, decl->next->next->loc.file);
	assert_ptr_not_equal(decl->loc.file, decl->next->loc.file);
}

static void test_marker_location_in_diagnostic(void **state)
{
	parse(state, "# 7 \"user.p4\"\nconst bit<8> c = 0xZZ;\n");
	/* user.p4 is not readable, so no excerpt: just the location it names. */
	assert_contains(messages(state), "user.p4:7:18: error: invalid integer literal '0xZZ'\n");
}

static void test_pragma_and_unknown_directives(void **state)
{
	const Node *decl = parse_ok(state, "#pragma once\nconst bit<8> c = 1;\n");
	assert_int_equal(decl->loc.line, 2);
	parse(state, "#include \"x.p4\"\nconst bit<8> c = 1;\n");
	assert_int_equal(errors(state), 1);
	assert_contains(messages(state),
			"test.p4:1:1: error: unknown preprocessor directive '#include \"x.p4\"'\n");
}

/* ---- type names ---- */

static void test_typedef_makes_type_name(void **state)
{
	const Node *decl = parse_ok(state, "typedef bit<8> T;\nconst T c = 1;\n");
	assert_int_equal(decl->kind, N_TYPEDEF);
	const Node *c = decl->next;
	assert_int_equal(c->kind, N_CONST_DECL);
	assert_int_equal(c->type->kind, N_TYPE_NAME);
	assert_string_equal(c->type->name, "T");

	/* Without the typedef, T is a plain identifier and this is no declaration. */
	parse(state, "const T c = 1;\n");
	assert_int_equal(errors(state), 1);
	assert_contains(messages(state), "test.p4:1:7: error: syntax error: unexpected identifier 'T'");
}

static void test_type_name_as_expression(void **state)
{
	/* After `enum E`, E.A is a member of a type name; before it, of a variable. */
	const Node *decl = parse_ok(state, "enum E { A }\nconst E c = E.A;\n");
	const Node *init = decl->next->init;
	assert_int_equal(init->kind, N_MEMBER);
	assert_string_equal(init->name, "A");
	assert_int_equal(init->expr->kind, N_TYPE_NAME);
	decl = parse_ok(state, "const bit<8> c = e.A;\n");
	assert_int_equal(decl->init->expr->kind, N_PATH);
}

static void test_type_parameter_scope(void **state)
{
	/* A type parameter is a type name in its declaration only. */
	const Node *decl = parse_ok(state, "extern E<T> { void f(in T a); }\n");
	assert_int_equal(decl->kind, N_EXTERN_OBJECT);
	assert_int_equal(decl->items->params->type->kind, N_TYPE_NAME);
	parse(state, "extern E<T> { void f(in T a); }\nconst T c = 1;\n");
	assert_int_equal(errors(state), 1);
	assert_contains(messages(state), "test.p4:2:7: error: syntax error: unexpected identifier 'T'");
}

static void test_value_hides_type_name(void **state)
{
	/* Inside C the parameter T hides the type T; after C, T is a type again. */
	const Node *decl = parse_ok(state, "typedef bit<8> T;\n"
					   "control C(inout bit<8> T) { apply { T = 1; } }\n"
					   "const T c = 1;\n");
	const Node *control = decl->next;
	assert_int_equal(control->kind, N_CONTROL_DECL);
	const Node *assign = control->body->items;
	assert_int_equal(assign->kind, N_ASSIGN);
	assert_int_equal(assign->lhs->kind, N_PATH);
	assert_string_equal(assign->lhs->name, "T");
	const Node *c = control->next;
	assert_int_equal(c->type->kind, N_TYPE_NAME);
	assert_string_equal(c->type->name, "T");
}

/* ---- `>>`: a shift, or two closing angle brackets ---- */

static void test_nested_closing_angles(void **state)
{
	const Node *decl = parse_ok(state, "struct S { tuple<bit<8>> t; tuple<bit<4>, bit<16>>f; }\n");
	const Node *field = decl->items;
	assert_int_equal(field->kind, N_FIELD);
	assert_string_equal(field->name, "t");
	assert_int_equal(field->type->kind, N_TYPE_TUPLE);
	assert_int_equal(field->type->type_args->kind, N_TYPE_BIT);
	assert_string_equal(field->type->type_args->width->lit.digits, "8");
	field = field->next;
	assert_string_equal(field->name, "f");
	assert_int_equal(list_length(field->type->type_args), 2);
}

static void test_shift_right(void **state)
{
	const Node *decl = parse_ok(state, "const bit<8> c = a >> 2;\n");
	const Node *init = decl->init;
	assert_int_equal(init->kind, N_BINARY);
	assert_int_equal(init->op, OP_SHR);
	assert_string_equal(init->lhs->name, "a");
	assert_string_equal(init->rhs->lit.digits, "2");

	/* Left-associative with its neighbours: (a >> 1) << 2. */
	decl = parse_ok(state, "const bit<8> c = a >> 1 << 2;\n");
	assert_int_equal(decl->init->op, OP_SHL);
	assert_int_equal(decl->init->lhs->op, OP_SHR);

	/* The two halves must touch. */
	parse(state, "const bit<8> c = a > > 2;\n");
	assert_true(errors(state) >= 1);
}

static void test_shift_in_type_and_call(void **state)
{
	/* `>>` closing type arguments right before a call, and a shift in a width. */
	const Node *decl = parse_ok(state, "const bit<(8 >> 1)> c = f<bit<8>>(x >> 1);\n");
	assert_int_equal(decl->type->width->kind, N_BINARY);
	assert_int_equal(decl->type->width->op, OP_SHR);
	const Node *call = decl->init;
	assert_int_equal(call->kind, N_CALL);
	assert_int_equal(call->type_args->kind, N_TYPE_BIT);
	assert_int_equal(call->args->expr->op, OP_SHR);
}

static void test_compound_shift_assignment(void **state)
{
	const Node *decl = parse_ok(state, "control C() { apply { x >>= 3; y <<= 1; z = a >= b; } }\n");
	const Node *stmt = decl->body->items;
	assert_int_equal(stmt->kind, N_ASSIGN);
	assert_int_equal(stmt->op, OP_SHR);
	assert_int_equal(stmt->next->op, OP_SHL);
	assert_int_equal(stmt->next->next->rhs->op, OP_GE);
}

/* ---- other tokens ---- */

static void test_unexpected_characters(void **state)
{
	/* Bytes that are no token are kept in an unstructured annotation body... */
	const Node *decl = parse_ok(state, "@note($ \xc3\xa9) const bit<8> c = 1;\n");
	const Node *token = decl->annotations->items;
	assert_string_equal(token->text, "$");
	assert_string_equal(token->next->text, "\\xc3");
	assert_string_equal(token->next->next->text, "\\xa9");
	/* ...and are an error anywhere else. */
	parse(state, "const bit<8> c = $;\n");
	assert_true(errors(state) >= 1);
	assert_contains(messages(state), "test.p4:1:18: error: syntax error: unexpected");
}

static void test_token_locations(void **state)
{
	const Node *decl = parse_ok(state, "\n  const   bit<8>\tc =\n\n      7;\n");
	assert_string_equal(decl->loc.file, "test.p4");
	assert_int_equal(decl->loc.line, 2);
	assert_int_equal(decl->loc.col, 18);
	assert_int_equal(decl->type->loc.line, 2);
	assert_int_equal(decl->type->loc.col, 11);
	assert_int_equal(decl->init->loc.line, 4);
	assert_int_equal(decl->init->loc.col, 7);
}

static void test_empty_input(void **state)
{
	Node *program = parse(state, "");
	assert_int_equal(errors(state), 0);
	assert_null(program->items);
	program = parse(state, "  // nothing\n/* at all */\n");
	assert_int_equal(errors(state), 0);
	assert_null(program->items);
}

#define TEST(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		TEST(test_int_decimal),
		TEST(test_int_bases),
		TEST(test_int_width),
		TEST(test_int_in_type),
		TEST(test_int_errors),
		TEST(test_string_literal),
		TEST(test_string_with_escaped_newline),
		TEST(test_string_in_annotation),
		TEST(test_unterminated_string),
		TEST(test_comments),
		TEST(test_unterminated_comment),
		TEST(test_line_markers),
		TEST(test_line_marker_names_interned),
		TEST(test_marker_location_in_diagnostic),
		TEST(test_pragma_and_unknown_directives),
		TEST(test_typedef_makes_type_name),
		TEST(test_type_name_as_expression),
		TEST(test_type_parameter_scope),
		TEST(test_value_hides_type_name),
		TEST(test_nested_closing_angles),
		TEST(test_shift_right),
		TEST(test_shift_in_type_and_call),
		TEST(test_compound_shift_assignment),
		TEST(test_unexpected_characters),
		TEST(test_token_locations),
		TEST(test_empty_input),
	};
	return cmocka_run_group_tests_name("lexer", tests, NULL, NULL);
}
