// expect-error: 11:9: constructor
// spec: sec-direct-invocation "Direct type invocation": "No direct invocation is possible for controls or parsers that require constructor arguments."
#include <core.p4>
control callee(inout bit<8> x)(bit<8> k) {
    apply {
        x = k;
    }
}
control c(inout bit<8> x) {
    apply {
        callee.apply(x);
    }
}
