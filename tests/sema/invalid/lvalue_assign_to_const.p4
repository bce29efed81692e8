// expect-error: 7:9: read-only
// spec: sec-constants "Constants": "Such a declaration introduces a constant whose value has the specified type."
#include <core.p4>
const bit<8> K = 1;
control c() {
    apply {
        K = 2;
    }
}
