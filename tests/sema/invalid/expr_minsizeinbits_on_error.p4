// expect-error: 6:24: not defined
// spec: sec-minsizeinbits "Compile-time size determination": "These methods are defined for: all serializable types ... Every other case is undefined and will produce a compile-time error."
#include <core.p4>
control c(in error e, out bit<32> r) {
    apply {
        r = (bit<32>)e.minSizeInBits();
    }
}
