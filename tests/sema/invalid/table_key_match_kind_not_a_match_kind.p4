// expect-error: 7:21: match_kind
// spec: sec-table-keys "Keys": "A key is a list of pairs of the form (e : m), where e is an expression that describes the data to be matched in the table, and m is a match_kind"
#include <core.p4>
const bit<8> fuzzy = 1;
control c(in bit<8> x) {
    table t {
        key = { x : fuzzy; }
        actions = { NoAction; }
    }
    apply {
        t.apply();
    }
}
