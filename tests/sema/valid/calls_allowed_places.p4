// valid: calls in every place the spec allows them: extern methods and functions in parser states, control apply blocks, parser/control local initializers and actions; functions in parser states, actions and apply blocks; actions from apply blocks and other actions; tables and controls from apply blocks; parsers from parser states
// spec: sec-calling-restrictions "Restrictions on compile time and run time calls"
#include <core.p4>

extern Rand {
    Rand();
    bit<32> get();
}

extern void note(in bit<32> v);

bit<32> twice(in bit<32> v) {
    return v + v;
}

parser sub(packet_in b, out bit<32> v) {
    state start {
        v = b.length();
        transition accept;
    }
}

parser p(packet_in b, out bit<32> v) {
    Rand() r;
    bit<32> seed = r.get();
    sub() s;
    state start {
        note(seed);
        v = twice(r.get());
        s.apply(b, v);
        transition accept;
    }
}

control inner(inout bit<32> v) {
    apply {
        v = twice(v);
    }
}

control c(inout bit<32> v) {
    Rand() r;
    bit<32> start_value = r.get();
    inner() i;
    action bump() {
        v = v + r.get();
        note(v);
    }
    action both() {
        bump();
        v = twice(v);
    }
    table t {
        key = { v : exact; }
        actions = { bump; both; }
    }
    apply {
        v = start_value;
        bump();
        both();
        t.apply();
        i.apply(v);
        note(twice(v));
    }
}
