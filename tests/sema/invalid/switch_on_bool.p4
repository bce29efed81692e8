// expect-error: 6:17: switch
// spec: sec-switch-stmt "Switch statement": "For this variant of switch statement, the expression must evaluate to a result with one of these types: bit<W>, int<W>, enum, either with or without an underlying representation specified, error"
#include <core.p4>
control c(in bool b, out bit<8> r) {
    apply {
        switch (b) {
            true: { r = 1; }
        }
    }
}
