// expect-error: 7:19: cannot be applied
// spec: sec-ranges "Ranges": "The infix operator .. takes two arguments of the same numeric type T (<<sec-numeric-values>>), and creates a value of the type set<T>."
#include <core.p4>
parser p(packet_in b, in bool f) {
    state start {
        transition select(f) {
            false .. true: accept;
            default: reject;
        }
    }
}
