// expect-error: 4:6: underlying
// spec: sec-enum-types "Enumeration types": "The symbol typeRef in the grammar above must be one of the following types: an unsigned integer, i.e. bit<W> ...; a signed integer, i.e. int<W> ...; a type name declared via typedef"
#include <core.p4>
enum bool E {
    A = true
}
