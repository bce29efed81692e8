// expect-error: 7:11: directionless
// spec: sec-calling-convention "Calling convention: call by copy in/copy out": "When used as arguments, extern objects can only be passed as directionless parameters."
#include <core.p4>
extern E {
    E();
}
control c(in E e) {
    apply {}
}
