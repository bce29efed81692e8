/* annotations.p4: every annotation form on every kind of thing that takes
 * one: `@name`, `@name()`, `@name("x")`, unstructured bodies of arbitrary
 * tokens with nested and empty parentheses, keywords, operators, braces,
 * brackets and stray characters; structured `@name[...]` with expression
 * lists, key-value lists, empty bodies and trailing commas; `@pragma name
 * tokens` to the end of the line; annotations whose names are keywords
 * that are names; several annotations in a row. */
#include <core.p4>

@simple
@empty()
@str("x")
@two_strings("a", "b")
@number(42)
@tokens(a b c 1 2 3 + - * / % == != <= >= && || ! ~ & | ^ << >> ++)
@keywords(action control parser table state apply key actions entries if else switch for in out inout)
@more_keywords(abstract bool bit break const continue default entries enum error exit extern false header header_union int match_kind type package pragma return select string struct this transition true tuple typedef varbit value_set list void _)
@nested(a (b (c d) e) ((f)) ())
@braces({ } [ ] < > { [ ( ) ] })
@punct(: , ? . = ; @ &&& .. ... {#} |+| |-| *= /= %= += -= |+|= |-|= <<= >>= &= |= ^=)
@stray($ ` \ #)
@ints(8w1 4s3 0xFF 1_000 0b1)
@strings("with \"escapes\"" "" "tab\t")
@structured[]
@structured_list[1, 2, 3]
@structured_trailing[1, "two", true,]
@structured_kv[k = 1, j = "s"]
@structured_kv_trailing[k = 1 + 2, j = "s", b = false,]
@structured_expr[1 + 2, (bit<8>)3, { 1, 2 }]
@apply @key @actions @state @entries @type @priority @list
@pragma my_pragma 1 2 "three" (four)
@pragma another
const bit<8> EVERYTHING = 1;

@name("header_ann") @deprecated("old")
header h_t {
    @name("f") @sat bit<8> f;
    @pragma field_pragma
    bit<8> g;
}

@description("struct")
struct s_t {
    @match(ternary) h_t h;
}

@error_not_annotatable_but_enum_is
enum E { A }

@extern_ann[version = 2]
extern X {
    @ctor X();
    @method_ann("m") void m(@param_ann in bit<8> a);
}

@function_ann("f")
bit<8> f(@in_param in bit<8> x) { return x; }

@action_ann
action a(@name("arg") bit<8> x) { }

@parser_ann
parser p(@param packet_in pkt) {
    @local_ann bit<8> local;
    @vs_ann value_set<bit<8>>(1) vs;
    @state_ann
    state start {
        @var_ann bit<8> v = 0;
        @const_ann const bit<8> C = 1;
        @block_ann { }
        transition accept;
    }
}

@control_ann
@type_names(h_t s_t E X)
control c(@param inout h_t h)(@ctor_param bit<8> size) {
    @local_ann bit<8> local;
    @action_ann action act() { }
    @table_ann
    table t {
        key = { h.f : exact @key_elem_ann; h.g : exact @one @two("x"); }
        actions = { @action_ref_ann act; @defaultonly NoAction; }
        @prop_ann default_action = NoAction;
        @prop_ann2 size = 4;
    }
    @instance_ann X() x;
    apply {
        @stmt_block_ann {
            h.f = 1;
        }
        @for_ann for (bit<8> i in 1 .. 4) { }
    }
}
