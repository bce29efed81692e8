// expect-error: 6:9: not allowed
// spec: sec-calling-restrictions "Restrictions on compile time and run time calls": call table row "action": column "parser state" is "no"
#include <core.p4>
parser p(packet_in b) {
    state start {
        NoAction();
        transition accept;
    }
}
