/* A constructor must have the extern's own name: `Countr` is not a type, so
 * `Countr(...)` reads as a method with no return type. */
extern Counter {
    Countr(bit<32> size);
    void count(in bit<32> index);
}
