// valid: header union operations: assigning a header or a tuple to a member, member setValid/setInvalid, isValid on the union and its members, union assignment and equality, (U){#}, stacks of unions
// spec: sec-expr-hu "Operations on header unions"
#include <core.p4>

header H1 {
    bit<8> f;
}

header H2 {
    bit<16> g;
}

header_union U {
    H1 h1;
    H2 h2;
}

struct Hs {
    U u;
    U[2] us;
}

control c(inout Hs hs, out bool v) {
    apply {
        U u;
        H1 my_h1 = { 8w0 };
        u.h1 = my_h1;
        u.h2 = { 16w1 };
        u.h1.setValid();
        u.h1.setInvalid();
        v = u.isValid();
        v = u.h1.isValid();
        u = hs.u;
        hs.u = (U){#};
        U u2 = (U){#};
        v = u == u2;
        hs.us[0].h2.g = 3;
        v = hs.us[1].isValid();
        bit<8> f = u.h1.f;
    }
}
