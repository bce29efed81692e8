// expect-error: 12:31: abstract
// spec: sec-instantiating-abstract-methods "Instantiating objects with abstract methods": "The abstract methods can only use the supplied arguments or refer to values that are in the same initializer block or the top-level scope."
#include <core.p4>
extern Balancer {
    Balancer();
    abstract bit<4> on_new_flow(in bit<32> address);
}
control c() {
    bit<32> offset = 1;
    Balancer() b = {
        bit<4> on_new_flow(in bit<32> address) {
            return (address + offset)[3:0];
        }
    };
    apply {}
}
