// expect-error: 5:5: not allowed
// spec: sec-exit-stmt "Exit statement": "exit statements are not allowed within parsers or functions."
#include <core.p4>
void f() {
    exit;
}
