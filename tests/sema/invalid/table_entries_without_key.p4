// expect-error: 8:15: key
// spec: sec-entries "Entries": "Entries cannot be specified for a table with no key (see <<sec-table-keys>>)."
#include <core.p4>
control c() {
    action a() {}
    table t {
        actions = { a; }
        const entries = {
        }
    }
    apply {
        t.apply();
    }
}
