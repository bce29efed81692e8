// expect-error: 4:14: duplicate
// spec: sec-match-kind-type "The match kind type": "It is an error to declare the same match_kind identifier multiple times."
#include <core.p4>
match_kind { lpm }
