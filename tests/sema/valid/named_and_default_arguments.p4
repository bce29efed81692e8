// valid: named arguments in any order, default parameter values (trailing and non-trailing with named calls), @optional parameters omitted by name, don't-care for out arguments, named arguments for actions, functions, extern methods and constructors
// spec: sec-invocations "Method invocations and function calls", sec-calling-convention, sec-optional-parameters
#include <core.p4>

extern void f(in bit<32> x, out bit<16> y);
extern void g(in bit a, in bit<3> b = 2, in bit<5> c);
extern void h(in bit<32> a, in bool b = true);
extern void opt(@optional in bit<8> a, in bit<8> b);

extern E {
    E(bit<32> size, bool sparse = false);
    void m(in bit<8> v, in bool flag = false);
}

bit<8> add(in bit<8> l, in bit<8> r = 1) {
    return l + r;
}

control c(inout bit<8> acc) {
    E(16) e1;
    E(sparse = true, size = 32) e2;
    action set(inout bit<8> dst, bit<8> val) {
        dst = val;
    }
    apply {
        bit<32> xa = 0;
        bit<16> ya;
        f(xa, ya);
        f(x = xa, y = ya);
        f(y = ya, x = xa);
        f(xa, _);
        f(x = 1, y = _);
        g(a = 1, b = 2, c = 3);
        g(a = 1, c = 3);
        g(1, 2, 3);
        h(10);
        h(a = 10);
        h(a = 10, b = true);
        opt(b = 1);
        opt(1, 2);
        e1.m(1);
        e2.m(v = 1, flag = true);
        acc = add(acc);
        acc = add(r = 2, l = acc);
        set(dst = acc, val = 3);
    }
}
