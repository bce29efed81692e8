// expect-error: 7:18: cannot be applied
// spec: sec-cubes "Masks": "The infix operator &&& takes two arguments of the same numeric type (<<sec-numeric-values>>), and creates a value of the same type."
#include <core.p4>
parser p(packet_in b, in bool f) {
    state start {
        transition select(f) {
            true &&& false: accept;
            default: reject;
        }
    }
}
