// expect-error: 10:16: does not match
// spec: sec-instantiating-abstract-methods "Instantiating objects with abstract methods": "Abstract method implementations must use the same number of parameters, and the same parameter directions as those declared in the extern object declaration."
#include <core.p4>
extern Balancer {
    Balancer();
    abstract bit<4> on_new_flow(in bit<32> address);
}
control c() {
    Balancer() b = {
        bit<4> on_new_flow(inout bit<32> address) {
            return address[3:0];
        }
    };
    apply {}
}
