// expect-error: 9:16: abstract
// spec: sec-abstract-methods "Abstract methods": "When such an object is instantiated the user has to supply an implementation of all the abstract methods"
#include <core.p4>
extern Balancer {
    Balancer();
    abstract bit<4> on_new_flow(in bit<32> address);
}
control c() {
    Balancer() b;
    apply {}
}
