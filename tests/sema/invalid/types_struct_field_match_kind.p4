// expect-error: 5:5: not allowed
// spec: sec-type-nesting "Type nesting rules": table row "match_kind": container "struct or tuple" is "error"
#include <core.p4>
struct S {
    match_kind m;
}
