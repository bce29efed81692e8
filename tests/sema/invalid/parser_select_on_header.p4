// expect-error: 8:27: select
// spec: sec-select "Select expressions": "Each expression in the expressionList must have a type of bit<W>, int<W>, bool, enum, serializable enum, or a tuple type with fields of one of the above types."
#include <core.p4>
header H { bit<8> a; }
parser p(packet_in b, out H h) {
    state start {
        b.extract(h);
        transition select(h) {
            default: accept;
        }
    }
}
