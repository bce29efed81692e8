/* An entry priority must be followed by `:` (the form without it is an old
 * p4c syntax that the specification does not have). */
control c(in bit<8> x) {
    action a(bit<8> v) { }
    table t {
        key = { x : ternary; }
        actions = { a; }
        entries = {
            priority = 10 (0x10 &&& 0xF0) : a(1);
        }
    }
    apply { t.apply(); }
}
