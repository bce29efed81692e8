/* A table needs at least one property. */
control c(in bit<8> x) {
    table t {
    }
    apply { t.apply(); }
}
