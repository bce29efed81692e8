/* A tuple keyset cannot be empty. */
parser p(in bit<8> x) {
    state start {
        transition select(x) {
            (): accept;
        }
    }
}
