// expect-error: 4:20: directionless
// spec: sec-actions "Actions": "Action parameters that have no direction (e.g., port in the previous example) indicate \"action data.\" All such parameters must appear at the end of the parameter list."
#include <core.p4>
action a(bit<8> d, inout bit<8> x) {
    x = d;
}
