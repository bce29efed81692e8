// expect-error: 5:6: underlying
// spec: sec-enum-types "Enumeration types": "The symbol typeRef in the grammar above must be one of the following types: ... a type name declared via typedef, where the base type of that type is either one of the types listed above, or another typedef name that meets these conditions."
#include <core.p4>
type bit<8> T8;
enum T8 E {
    A = 1
}
