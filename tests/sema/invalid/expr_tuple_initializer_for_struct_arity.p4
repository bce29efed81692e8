// expect-error: 7:13: elements
// spec: sec-tuple-exprs "Operations on tuple expressions": "A tuple may be used to initialize a structure if the tuple has the same number of elements as fields in the structure."
#include <core.p4>
struct S { bit<8> a; bit<8> b; }
control c(out S s) {
    apply {
        s = { 1, 2, 3 };
    }
}
