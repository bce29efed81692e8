// expect-error: 9:8: duplicate
// spec: sec-extern-objects "Extern objects": "Notice that overloading of abstract methods, parsers, controls, or packages is not allowed" ... "The following will cause an error about a duplicate declaration"
#include <core.p4>
parser p(packet_in b, out bit<32> value) {
    state start {
        transition accept;
    }
}
parser p(packet_in b, out bit<16> value) {
    state start {
        transition accept;
    }
}
