/* A conditional expression needs its `:` part. */
control c(inout bit<8> x, in bool b) {
    apply {
        x = b ? 1;
    }
}
