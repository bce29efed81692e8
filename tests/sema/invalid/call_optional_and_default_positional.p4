// expect-error: 7:9: named
// spec: sec-optional-parameters "Optional parameters": "If a procedure-like construct has both optional parameters and default values then it can only be called using named arguments."
#include <core.p4>
extern void h(@optional in bit<8> a, in bit<8> b = 1);
control c() {
    apply {
        h(1);
    }
}
