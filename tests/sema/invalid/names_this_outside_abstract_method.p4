// expect-error: 11:13: abstract
// spec: sec-instantiating-abstract-methods "Instantiating objects with abstract methods": "When calling another method of the same instance the this keyword is used to indicate the current object instance"
#include <core.p4>
extern E {
    E();
    bit<8> get();
}
control c(out bit<8> x) {
    E() e;
    apply {
        x = this.get();
    }
}
