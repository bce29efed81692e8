// expect-error: 5:13: not allowed
// spec: sec-calling-restrictions "Restrictions on compile time and run time calls": constructor parameter table row "parser": column "control" is "no"
#include <core.p4>
parser P(packet_in b);
control c()(P prs) {
    apply {}
}
