// expect-error: 4:22: cannot be applied
// spec: sec-match-kind-exprs "Operations on match_kind types": "They support only assignment and comparisons for equality and inequality."
#include <core.p4>
const bool B = exact < lpm;
