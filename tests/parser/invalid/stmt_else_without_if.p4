/* An `else` that belongs to no `if`. */
control c(inout bit<8> x) {
    apply {
        x = 1;
        else {
            x = 2;
        }
    }
}
