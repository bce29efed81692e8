// expect-error: 7:11: positive
// spec: sec-header-stacks "Header stacks": "For a header stack hs[n], the term n is the maximum defined size, and must be a local compile-time known value that is a positive integer."
#include <core.p4>
header H { bit<8> a; }
control c() {
    apply {
        H[-1] hs;
    }
}
