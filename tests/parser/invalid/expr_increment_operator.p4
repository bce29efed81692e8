/* P4 has no `++` increment: `++` is concatenation and needs a right operand. */
control c(inout bit<8> x) {
    apply {
        x++;
    }
}
