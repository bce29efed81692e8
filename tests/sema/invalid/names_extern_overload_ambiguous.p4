// expect-error: 12:9: ambiguous
// spec: sec-extern-objects "Extern objects": "the compiler must be able to disambiguate at compile-time which method or function is being called, either by the number of arguments or by the names of the arguments ... Argument type information is not used in disambiguating calls."
#include <core.p4>
extern E {
    E();
    void m(in bit<8> a);
    void m(in bit<16> b);
}
control c() {
    E() e;
    apply {
        e.m(8w1);
    }
}
