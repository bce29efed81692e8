/* The variable of a for-in loop must be declared with its type. */
control c(inout bit<8> x) {
    apply {
        for (i in 1 .. 4) {
            x = x + i;
        }
    }
}
