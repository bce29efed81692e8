// expect-error: 7:13: incompatible
// spec: sec-select "Select expressions": "In a select expression, if the expressionList has type tuple<T>, then each keysetExpression must have type set<tuple<T>>."
#include <core.p4>
parser p(packet_in b, in bit<8> x) {
    state start {
        transition select(x) {
            true: accept;
            default: reject;
        }
    }
}
