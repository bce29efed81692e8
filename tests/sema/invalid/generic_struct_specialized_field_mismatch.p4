// expect-error: 9:15: incompatible
// spec: sec-type-spec "Type specialization": "struct, header, header_union and header stack types can be generic as well. In order to use such a generic type it must be specialized with appropriate type arguments."
#include <core.p4>
struct S<T> {
    T f;
}
control c(inout S<bit<8>> s) {
    apply {
        s.f = 16w1;
    }
}
