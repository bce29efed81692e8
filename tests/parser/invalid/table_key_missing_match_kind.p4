/* A key element without its match kind. */
control c(in bit<8> x) {
    action a() { }
    table t {
        key = { x; }
        actions = { a; }
    }
    apply { t.apply(); }
}
