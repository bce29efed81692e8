/* A table property that is not `name = value;`: a bare number. */
control c(in bit<8> x) {
    action a() { }
    table t {
        key = { x : exact; }
        actions = { a; }
        1024;
    }
    apply { t.apply(); }
}
