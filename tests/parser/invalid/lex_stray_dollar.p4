/* `$` is not a P4 token. */
control c(inout bit<8> x) {
    apply {
        x = $x + 1;
    }
}
