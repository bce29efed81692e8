/* Two parameters without a comma between them. */
control c(in bit<8> a in bit<8> b) {
    apply { }
}
