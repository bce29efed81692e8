// expect-error: 6:5: not allowed
// spec: sec-header-types "Header types": "Note, nesting of headers is not supported."
#include <core.p4>
header Inner { bit<8> a; }
header Outer {
    Inner i;
}
