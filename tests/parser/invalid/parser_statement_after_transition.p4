/* The transition must be the last statement of a state. */
parser p(in bit<8> x, out bit<8> y) {
    state start {
        transition accept;
        y = x;
    }
}
