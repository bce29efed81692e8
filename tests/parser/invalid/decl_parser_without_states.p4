/* A parser declaration needs at least one state. */
parser p(in bit<8> x) {
    bit<8> y = 0;
}
