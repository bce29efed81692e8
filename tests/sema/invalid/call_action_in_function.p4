// expect-error: 5:5: not allowed
// spec: sec-calling-restrictions "Restrictions on compile time and run time calls": call table row "action": column "function" is "no"
#include <core.p4>
void f() {
    NoAction();
}
