/* One `>` too many after a type: the lexer reads `>>` and the parser finds
 * a stray `>`. */
control c() {
    apply {
        bit<8>> x = 1;
    }
}
