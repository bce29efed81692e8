// expect-error: 7:13: missing
// spec: sec-structure-expressions "Operations on structure-valued expressions": "Structure-valued expressions that do not have ... as their last element must provide a value for every member of the struct or header type to which it evaluates, by mentioning each field name exactly once."
#include <core.p4>
struct S { bit<8> a; bit<8> b; }
control c(out S s) {
    apply {
        s = { a = 1 };
    }
}
