// expect-error: 6:15: negative
// spec: "A note about shifts": "Shifting with a negative amount does not have a clear semantics: the P4 type system makes it illegal to shift with a negative amount."
#include <core.p4>
control c(in bit<8> x, out bit<8> r) {
    apply {
        r = x << -1;
    }
}
