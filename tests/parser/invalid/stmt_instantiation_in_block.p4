/* Instantiations belong to the top level, parsers and controls, not to
 * blocks (p4c accepts them in blocks as an extension). */
extern Counter { Counter(bit<32> size); void count(in bit<32> index); }
control c() {
    apply {
        Counter(1024) counter;
        counter.count(0);
    }
}
