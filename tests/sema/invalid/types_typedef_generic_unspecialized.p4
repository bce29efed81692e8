// expect-error: 7:9: type argument
// spec: sec-typedef "typedef": "If typedef is used with a generic type the type must be specialized with the suitable number of type arguments" ... "typedef S X;  -- illegal: S does not have type arguments"
#include <core.p4>
struct S<T> {
    T field;
}
typedef S X;
