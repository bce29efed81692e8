// expect-error: 5:9: does not fit
// spec: sec-enum-types "Enumeration types": "Compiler implementations are expected to raise an error if the fixed-width integer representation for an enumeration entry falls outside the representation range of the underlying type."
#include <core.p4>
enum bit<8> E {
    A = -1
}
