/* The switch expression must be in parentheses. */
control c(inout bit<8> x) {
    apply {
        switch x {
            1: { x = 2; }
        }
    }
}
