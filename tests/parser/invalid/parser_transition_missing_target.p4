/* `transition` without a state to go to. */
parser p(in bit<8> x) {
    state start {
        transition ;
    }
}
