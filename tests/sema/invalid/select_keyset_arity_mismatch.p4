// expect-error: 7:13: elements
// spec: sec-select "Select expressions": "In a select expression, if the expressionList has type tuple<T>, then each keysetExpression must have type set<tuple<T>>."
#include <core.p4>
parser p(packet_in b, in bit<8> x, in bit<8> y) {
    state start {
        transition select(x, y) {
            (1, 2, 3): accept;
            default: reject;
        }
    }
}
