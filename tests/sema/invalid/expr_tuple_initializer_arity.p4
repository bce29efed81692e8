// expect-error: 6:33: elements
// spec: sec-tuple-exprs "Operations on tuple expressions": "Tuples can be assigned to other tuples with the same type" ... "tuple<bit<32>, bool> x = { 10, false };"
#include <core.p4>
control c() {
    apply {
        tuple<bit<8>, bool> t = { 8w1 };
    }
}
