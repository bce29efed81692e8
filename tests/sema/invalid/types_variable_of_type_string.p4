// expect-error: 6:9: type string
// spec: sec-string-type "Strings": "One cannot declare variables with a string type."
#include <core.p4>
control c() {
    apply {
        string s = "abc";
    }
}
