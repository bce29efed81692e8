// expect-error: 6:15: not allowed
// spec: sec-type-nesting "Type nesting rules": table row "int": container "struct or tuple" is "error"
#include <core.p4>
control c() {
    apply {
        tuple<int, bit<8>> t;
    }
}
