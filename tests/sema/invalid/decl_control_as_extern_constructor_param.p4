// expect-error: 6:7: not allowed
// spec: sec-calling-restrictions "Restrictions on compile time and run time calls": constructor parameter table row "control": column "extern" is "no"
#include <core.p4>
control C();
extern E {
    E(C c);
}
