/* A table property with nothing after `=`. */
control c(in bit<8> x) {
    action a() { }
    table t {
        actions = { a; }
        default_action = ;
    }
    apply { t.apply(); }
}
