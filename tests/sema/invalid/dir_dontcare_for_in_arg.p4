// expect-error: 7:11: don't care
// spec: sec-invocations "Method invocations and function calls": "The \"don't care\" identifier (_) can only be used for an out function/method argument"
#include <core.p4>
extern void f(in bit<8> x);
control c() {
    apply {
        f(_);
    }
}
