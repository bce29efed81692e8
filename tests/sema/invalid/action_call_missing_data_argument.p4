// expect-error: 9:9: argument
// spec: sec-invoke-actions "Invoking actions": "In this case, the values for all action parameters must be supplied explicitly, including values for directionless parameters."
#include <core.p4>
control c(inout bit<8> x) {
    action a(inout bit<8> y, bit<8> d) {
        y = d;
    }
    apply {
        a(x);
    }
}
