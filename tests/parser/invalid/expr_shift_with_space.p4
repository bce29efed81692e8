/* `>>` is a shift only when the two `>` touch: `> >` is two comparisons. */
control c(inout bit<8> x) {
    apply {
        x = x > > 2;
    }
}
