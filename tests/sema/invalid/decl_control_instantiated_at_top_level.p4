// expect-error: 7:5: top level
// spec: "Restrictions on top-level instantiations": "A P4 program may not instantiate controls and parsers in the top-level package."
#include <core.p4>
control c() {
    apply {}
}
c() c1;
