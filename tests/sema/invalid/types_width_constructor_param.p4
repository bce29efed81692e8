// expect-error: 6:14: compile-time
// spec: sec-compile-time-known "Compile-time known and local compile-time known values": "in the type bit<e>, the expression e must be a local compile-time known value. Suppose instead that e were a constructor parameter---i.e., merely a compile-time known value. In this situation, it would be impossible to resolve bit<e> to a concrete type"
#include <core.p4>
control c()(int w) {
    apply {
        bit<(w)> x;
    }
}
