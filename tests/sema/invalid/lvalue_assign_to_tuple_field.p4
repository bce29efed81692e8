// expect-error: 6:9: not an l-value
// spec: sec-tuple-exprs "Operations on tuple expressions": "Currently tuple fields are not left-values, even if the tuple itself is."
#include <core.p4>
control c(inout tuple<bit<8>, bool> t) {
    apply {
        t[0] = 1;
    }
}
