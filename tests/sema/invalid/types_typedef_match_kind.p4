// expect-error: 4:9: not allowed
// spec: sec-type-nesting "Type nesting rules": typedef table row "match_kind": "typedef B <name>" is "error"
#include <core.p4>
typedef match_kind MK;
