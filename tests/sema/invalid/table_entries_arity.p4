// expect-error: 13:13: elements
// spec: sec-entries "Entries": "The keysetExpression component of an entry is a tuple that must provide a field for each key in the table keys"
#include <core.p4>
control c(in bit<8> x, in bit<8> y) {
    action a() {}
    table t {
        key = {
            x : exact;
            y : exact;
        }
        actions = { a; }
        const entries = {
            (8w1, 8w2, 8w3) : a();
        }
    }
    apply {
        t.apply();
    }
}
