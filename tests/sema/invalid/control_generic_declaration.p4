// expect-error: 4:11: generic
// spec: sec-control "Control blocks": "Unlike control type declarations, control declarations may not be generic"
#include <core.p4>
control c<H>(inout H data) {
    apply {}
}
