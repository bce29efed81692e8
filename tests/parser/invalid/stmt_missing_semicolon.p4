/* An assignment without its semicolon, followed by another statement. */
control c(inout bit<8> x) {
    apply {
        x = 1
        x = 2;
    }
}
