/* decl_function.p4: function declarations: void and typed returns, generic
 * functions (`T max<T>(in T a, in T b)`, several type parameters, a type
 * parameter used in the body), recursion-free calls between functions,
 * annotated functions and parameters, all parameter directions, and
 * functions that return inside conditionals. */
#include <core.p4>

T max<T>(in T a, in T b) {
    return a > b ? a : b;
}

T min<T>(in T a, in T b) {
    if (a < b) {
        return a;
    }
    return b;
}

void swap<T>(inout T a, inout T b) {
    T tmp = a;
    a = b;
    b = tmp;
}

B second<A, B>(in A a, in B b) {
    return b;
}

bit<16> ones_complement_add(in bit<16> a, in bit<16> b) {
    bit<17> sum = (bit<17>)a + (bit<17>)b;
    return sum[15:0] + (bit<16>)sum[16:16];
}

@inline
bool is_zero(in bit<32> x) {
    return x == 0;
}

void nothing() { }

void early(inout bit<8> x) {
    if (x == 0) {
        return;
    }
    x = x - 1;
}

bit<8> out_param(out bit<8> result, @unused in bool flag) {
    result = 1;
    return result;
}

control c(inout bit<32> x) {
    apply {
        x = max(x, 32w10);
        x = max<bit<32>>(x, 32w10);
        bit<32> y = min(x, 5);
        swap(x, y);
        swap<bit<32>>(x, y);
        bool b = second<bit<8>, bool>(8w1, true);
        nothing();
        bit<8> r;
        bit<8> z = out_param(r, b);
        early(z);
        if (is_zero(x)) {
            x = (bit<32>)ones_complement_add(16w1, 16w2);
        }
    }
}
