/* A type is used before it is declared: `port_t` is not yet a type name. */
struct meta_t {
    port_t ingress;
}
typedef bit<9> port_t;
