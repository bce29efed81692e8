/* An extern method prototype without its semicolon. */
extern Counter {
    Counter(bit<32> size);
    void count(in bit<32> index)
    void reset();
}
