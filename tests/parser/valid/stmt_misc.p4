/* stmt_misc.p4: the remaining statements: empty statements (alone and in a
 * row), blocks (empty, nested, annotated, containing declarations that shadow
 * outer names), return with and without a value (in functions, actions and
 * apply blocks), exit, local variable declarations with and without
 * initializers and annotations, local constants, and declarations of every
 * type form inside blocks. */
#include <core.p4>

header h_t { bit<8> a; }
struct S<T> { T f; }

bit<8> ret_value(in bit<8> x) {
    return x + 1;
}

void ret_void(inout bit<8> x) {
    x = 0;
    return;
}

bit<8> ret_expr(in bool b) {
    return b ? 8w1 : 8w0;
}

control c(inout h_t h) {
    action act() {
        return;
    }
    action quit() {
        exit;
    }
    apply {
        ;
        ;;
        { }
        {
            {
                { ; }
            }
        }
        @name("annotated_block") {
            bit<8> a = 1;
            {
                bit<8> b = a;
                bit<8> a2 = b;
                h.a = a2;
            }
        }
        @one @two("x") @three[k = 1] { }
        bit<8> uninitialized;
        bit<8> initialized = 8w1;
        @name("local") bit<8> annotated = initialized;
        @unused @name("two_annotations") bool flag = true;
        const bit<8> LOCAL_CONST = 3;
        int<8> signed_local = -1;
        bit<16> wide = 16w0xFFFF;
        varbit<32> vb;
        bool b;
        error e = error.NoError;
        tuple<bit<8>, bool> tup = { 1, false };
        S<bit<8>> s = { f = 2 };
        h_t hdr_copy = h;
        h_t[2] stack;
        uninitialized = ret_value(LOCAL_CONST);
        ret_void(uninitialized);
        act();
        if (flag) {
            return;
        }
        quit();
        exit;
    }
}
